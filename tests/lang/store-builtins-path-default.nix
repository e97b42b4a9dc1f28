# without a name, builtins.path gives the same path as interpolation
let
  a = builtins.path { path = ./store-data/tree; };
  b = "${./store-data/tree}";
in { inherit a b; same = a == b; }
