builtins.intersectAttrs [ "a" ] { a = 1; }
