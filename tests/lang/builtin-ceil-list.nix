builtins.ceil [ 1.5 ]
