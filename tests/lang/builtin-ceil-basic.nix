[ (builtins.ceil 1) (builtins.ceil 0) (builtins.ceil (-7)) (builtins.ceil 1.5) (builtins.ceil 2.0)
  (builtins.ceil 0.1) (builtins.ceil 0.000001) (builtins.ceil 9.0e15) (builtins.ceil 123456789012.1)
  (builtins.ceil 4.9999999999999999) (builtins.typeOf (builtins.ceil 1.5)) ]
