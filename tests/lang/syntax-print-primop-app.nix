[ (builtins.add 1) (builtins.map (x: x)) (builtins.foldl' builtins.add) ]
