import ./syntax-data/rel.nix
