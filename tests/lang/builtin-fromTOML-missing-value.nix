builtins.fromTOML "a = \n"
