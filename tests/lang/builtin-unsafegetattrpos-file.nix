let s = import ./builtin-data-misc/attrs.nix; in
[ (builtins.unsafeGetAttrPos "a" s)
  (builtins.unsafeGetAttrPos "quoted b" s)
  (builtins.unsafeGetAttrPos "nested" s)
  (builtins.unsafeGetAttrPos "inner" s.nested)
  (builtins.unsafeGetAttrPos "true" s)
  (builtins.unsafeGetAttrPos "c" s) ]
