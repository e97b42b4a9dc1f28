builtins.sort "lessThan" [ 2 1 ]
