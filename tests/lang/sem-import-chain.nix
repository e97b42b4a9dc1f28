[ (import ./sem-data/uses-dir.nix) (import ./sem-data/reader.nix "x.txt") ]
