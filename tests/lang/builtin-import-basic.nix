import ./builtin-data/val.nix
