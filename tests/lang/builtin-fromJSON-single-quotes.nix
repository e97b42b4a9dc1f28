builtins.fromJSON "'a'"
