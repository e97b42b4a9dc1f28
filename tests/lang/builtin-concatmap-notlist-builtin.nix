# the error names the position of the call when the function is a builtin
builtins.concatMap builtins.head [ [ [ 1 ] ] [ 2 ] ]
