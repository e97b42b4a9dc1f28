import ./builtin-data/does-not-exist.nix
