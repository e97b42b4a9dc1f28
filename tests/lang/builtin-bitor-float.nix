builtins.bitOr 1.5 1
