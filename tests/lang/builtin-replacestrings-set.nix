# the subject is not coerced to a string
builtins.replaceStrings [ "a" ] [ "b" ] { outPath = "a"; }
