import ./error-data/no-such-file.nix
