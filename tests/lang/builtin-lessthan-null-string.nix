builtins.lessThan null "a"
