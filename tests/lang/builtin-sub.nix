[ (builtins.sub 5 3) (builtins.sub 3 5) (builtins.sub 1.5 1) (builtins.sub 2 0.5) (builtins.sub 0 0) ]
