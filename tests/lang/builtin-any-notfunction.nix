builtins.any "f" [ 1 ]
