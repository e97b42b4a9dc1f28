builtins.stringLength null
