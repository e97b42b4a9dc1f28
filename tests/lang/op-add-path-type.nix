[ (builtins.typeOf (./foo + "/bar")) (builtins.isPath (./foo + "x")) (builtins.typeOf ("x" + "y")) ]
