builtins.lessThan "a" ./a
