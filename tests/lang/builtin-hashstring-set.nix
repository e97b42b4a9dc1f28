# the string is not coerced
builtins.hashString "md5" { outPath = "a"; }
