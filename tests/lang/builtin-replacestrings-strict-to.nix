# 'to' is forced completely in Nix 2.8, even the unused replacements
builtins.replaceStrings [ "a" ] [ (throw "unused replacement") ] "xyz"
