builtins.sort builtins.lessThan [ 1 "a" ]
