builtins.fromJSON "[\n  1,\n  2,\n  @\n]"
