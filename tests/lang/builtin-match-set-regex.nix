builtins.match { outPath = "a"; } "a"
