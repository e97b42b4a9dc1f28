[ (builtins.ceil (-1.5)) (builtins.ceil (-0.5)) (builtins.ceil (-0.0)) (builtins.ceil (-2.0))
  (builtins.ceil (-1.0e-300)) (builtins.ceil (-123456789.9)) ]
