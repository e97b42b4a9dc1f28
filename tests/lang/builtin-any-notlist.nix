builtins.any (x: true) "abc"
