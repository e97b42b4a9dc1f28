# positions in this file; the line and column are those of the attribute name
let
  s = { x = 1; yy = 2;
    "z" = 3; };
  r = rec { a = 1; b = a; };
in [
  (builtins.unsafeGetAttrPos "x" s)
  (builtins.unsafeGetAttrPos "yy" s)
  (builtins.unsafeGetAttrPos "z" s)
  (builtins.unsafeGetAttrPos "b" r)
  (builtins.unsafeGetAttrPos "k" { ${"k"} = 1; })
  (builtins.unsafeGetAttrPos "k" { inherit s; k = 0; })
]
