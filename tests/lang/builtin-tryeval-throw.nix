[ (builtins.tryEval (throw "x")) (builtins.tryEval (builtins.throw "y")) ]
