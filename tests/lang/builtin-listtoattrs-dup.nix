# the first occurrence of a name wins; later ones need no value at all
builtins.listToAttrs [ { name = "a"; value = 1; } { name = "a"; value = 2; } { name = "a"; } { name = "b"; value = 3; } { name = "b"; value = throw "x"; } ]
