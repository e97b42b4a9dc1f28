# the values of the first set are ignored and those of the second are not forced
[ (builtins.intersectAttrs { a = throw "first"; b = throw "first"; } { a = 1; c = throw "second"; })
  (builtins.attrNames (builtins.intersectAttrs { a = 1; } { a = throw "second"; })) ]
