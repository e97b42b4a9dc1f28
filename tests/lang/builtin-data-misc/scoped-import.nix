import ./scoped-x.nix
