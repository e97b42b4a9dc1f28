[ (x: x) ({ a }: a) builtins.add (builtins.add 1) builtins.map (builtins.substring 1 2) { f = x: x; } ]
