builtins.stringLength 1.5
