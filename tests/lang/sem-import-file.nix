import ./sem-data/value.nix
