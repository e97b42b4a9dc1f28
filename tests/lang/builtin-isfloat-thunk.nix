builtins.isFloat (builtins.fromJSON "1e3")
