[ (import ./syntax-data) (import ./syntax-data/sub/b.nix) ]
