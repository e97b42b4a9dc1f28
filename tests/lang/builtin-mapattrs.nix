[ (builtins.mapAttrs (n: v: n + toString v) { a = 1; b = 2; })
  (builtins.mapAttrs (n: v: v) { })
  (builtins.mapAttrs (n: builtins.add 10) { x = 1; y = 2; })
  (builtins.mapAttrs (n: v: { inherit n v; }) { "9" = 9; "10" = 10; }) ]
