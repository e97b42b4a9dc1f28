# not an evaluation error: Nix 2.8 reports a usage error without a position
builtins.hashString "sha224" "abc"
