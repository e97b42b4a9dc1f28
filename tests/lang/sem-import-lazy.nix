let t = import ./sem-data/throws.nix; in [ (builtins.length [ t ]) (builtins.tryEval t).success ]
