builtins.unsafeGetAttrPos "a" [ "a" ]
