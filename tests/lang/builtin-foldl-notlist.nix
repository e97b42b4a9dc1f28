builtins.foldl' builtins.add 0 "abc"
