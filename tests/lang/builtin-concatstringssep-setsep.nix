# the separator must be a string; it is not coerced
builtins.concatStringsSep { outPath = ","; } [ "a" "b" ]
