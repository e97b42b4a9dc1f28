# the argument is not coerced to a string
builtins.parseDrvName { outPath = "a-1"; }
