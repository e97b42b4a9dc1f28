builtins.bitXor null 1
