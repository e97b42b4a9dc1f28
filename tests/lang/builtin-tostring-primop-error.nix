toString builtins.toString
