import ./syntax-data/curpos.nix
