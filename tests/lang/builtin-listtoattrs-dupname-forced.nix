# every name is forced, even after the first occurrence of its name
builtins.listToAttrs [ { name = "a"; value = 1; } { name = throw "name forced"; value = 2; } ]
