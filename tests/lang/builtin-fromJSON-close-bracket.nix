builtins.fromJSON "]"
