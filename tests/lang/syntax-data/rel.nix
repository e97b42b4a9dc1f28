[ ./sub ../syntax-data/a.nix ]
