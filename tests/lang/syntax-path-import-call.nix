import ./syntax-data/fn.nix { a = 1; }
