builtins.unsafeGetAttrPos 1 { a = 1; }
