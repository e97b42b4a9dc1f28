import ./syntax-data/a.nix
