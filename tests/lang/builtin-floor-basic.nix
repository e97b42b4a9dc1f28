# the result is always an int; ints are returned unchanged
[ (builtins.floor 1) (builtins.floor 0) (builtins.floor (-7)) (builtins.floor 1.5) (builtins.floor 2.0)
  (builtins.floor 0.0) (builtins.floor 0.999999) (builtins.floor 1.0e15) (builtins.floor 123456789012.9)
  (builtins.typeOf (builtins.floor 1.5)) (builtins.typeOf (builtins.floor 3)) ]
