[ (import ./sem-data/value.nix) (import ./sem-data/value.nix) (import ./sem-data/value.nix).c ]
