[ (builtins.tryEval (x: x)) (builtins.tryEval builtins.add) (builtins.tryEval (builtins.add 1))
  (builtins.tryEval (import ./builtin-data/throws.nix))
  (builtins.tryEval (throw ("built " + "message"))) ]
