[ builtins.add (builtins.add 1) (x: x) map (builtins.foldl' builtins.add) ]
