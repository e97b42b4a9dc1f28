builtins.stringLength [ "a" ]
