[ (builtins.mapAttrs (n: builtins.mapAttrs (m: v: n + m + toString v)) { a = { x = 1; }; b = { y = 2; z = 3; }; })
  (builtins.mapAttrs (n: v: n) { "a b" = 1; "" = 2; "1" = 3; })
  (builtins.mapAttrs (n: v: v) (builtins.mapAttrs (n: v: v * 2) { a = 1; }))
  (builtins.mapAttrs (n: f: f 1) { inc = x: x + 1; neg = x: -x; }) ]
