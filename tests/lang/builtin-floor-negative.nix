[ (builtins.floor (-1.5)) (builtins.floor (-0.5)) (builtins.floor (-0.0)) (builtins.floor (-2.0))
  (builtins.floor (-1.0e-300)) (builtins.floor (-123456789.1)) ]
