let f = builtins.toFile "f" "x"; in
builtins.listToAttrs [ { name = f; value = 1; } ]
