import ./error-data/syntax.nix
