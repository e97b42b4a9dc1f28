[ (builtins.catAttrs "a" [ { a = 1; } { b = 0; } { a = 2; } ])
  (builtins.catAttrs "a" [ ])
  (builtins.catAttrs "x" [ { a = 1; } { b = 2; } ])
  (builtins.catAttrs "" [ { "" = "empty"; } ])
  (builtins.catAttrs "n" [ { n = [ 1 ]; } { n = { m = 2; }; } { n = null; } ])
  (builtins.catAttrs ("a" + "b") [ { ab = "joined"; } ]) ]
