let
  src = { a = 1; };
  t = { inherit (src) b; };
in t.b
