builtins.storeDir "x"
