[ (toString 1.5) (toString 0.1) (toString 1.0) (toString (-2.25))
  (toString 1.0e10) (toString 0.0000001) (builtins.toString 3.0e-2) ]
