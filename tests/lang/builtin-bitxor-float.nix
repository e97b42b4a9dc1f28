builtins.bitXor 2 2.0
