builtins.mapAttrs (n: v: v) [ 1 ]
