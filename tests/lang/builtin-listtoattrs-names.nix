# names that need quoting when printed
builtins.listToAttrs (map (n: { name = n; value = n; }) [ "" "a b" "1" "with\"quote" "x.y" "if" "_ok" "a-b'c" "é" ])
