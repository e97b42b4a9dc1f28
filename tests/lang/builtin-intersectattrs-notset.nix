builtins.intersectAttrs { a = 1; } [ "a" ]
