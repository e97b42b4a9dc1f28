[ (import ./sem-data/list.nix) (import ./sem-data/list.nix) ]
