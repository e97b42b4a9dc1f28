# the argument is not coerced to a string
builtins.splitVersion { outPath = "1.0"; }
