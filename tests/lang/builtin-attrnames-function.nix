builtins.attrNames (x: x)
