# null for attributes that do not exist
[ (builtins.unsafeGetAttrPos "missing" { a = 1; })
  (builtins.unsafeGetAttrPos "a" { })
  (builtins.unsafeGetAttrPos "x" (import ./builtin-data-misc/attrs.nix)) ]
