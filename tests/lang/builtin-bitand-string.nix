builtins.bitAnd "3" 1
