builtins.readFile (builtins.toFile "x" "abc")
