{ v = (import ./val.nix).b; f = import ./fun.nix 21; }
