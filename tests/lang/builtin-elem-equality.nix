# elem uses == : ints equal floats, sets and lists compare structurally, different types are unequal
[ (builtins.elem 1 [ 1.0 ])
  (builtins.elem 1.5 [ 1 2 ])
  (builtins.elem { a = 1; b = [ 2 ]; } [ { b = [ 2 ]; a = 1; } ])
  (builtins.elem [ 1 [ 2 ] ] [ [ 1 [ 2 ] ] ])
  (builtins.elem "1" [ 1 ])
  (builtins.elem ./builtin-data-misc [ ./builtin-data-misc ])
  (builtins.elem ./builtin-data-misc [ (toString ./builtin-data-misc) ])
  (builtins.elem { } [ [ ] ]) ]
