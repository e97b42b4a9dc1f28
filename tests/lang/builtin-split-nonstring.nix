# the string is not coerced: a set with outPath is rejected
builtins.split "a" { outPath = "a"; }
