builtins.fromJSON "[1.5, 1e400]"
