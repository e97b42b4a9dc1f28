let p = ./builtin-data/val.nix; in
[ (builtins.import p).b (import p == builtins.import p) (builtins.import ./builtin-data/fun.nix 4)
  (map import [ ./builtin-data/fun.nix ./builtin-data/dir/other.nix ]) ]
