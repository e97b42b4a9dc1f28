# attributes made by builtins and by operators
let s = { a = 1; b = 2; }; in
[ (builtins.unsafeGetAttrPos "a" (s // { c = 3; }))
  (builtins.unsafeGetAttrPos "c" (s // { c = 3; }))
  (builtins.unsafeGetAttrPos "a" (builtins.listToAttrs [ { name = "a"; value = 1; } ]))
  (builtins.unsafeGetAttrPos "a" (builtins.mapAttrs (n: v: v) s))
  (builtins.unsafeGetAttrPos "b" (removeAttrs s [ "a" ]))
  (builtins.unsafeGetAttrPos "a" (builtins.intersectAttrs { a = 0; } s)) ]
