builtins.all 1 [ 1 ]
