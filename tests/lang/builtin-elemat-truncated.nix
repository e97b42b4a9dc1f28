# Nix 2.8 truncates the index to 32 bits: 4294967297 acts as 1
builtins.elemAt [ "a" "b" ] 4294967297
