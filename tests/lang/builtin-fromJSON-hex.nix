builtins.fromJSON "0x10"
