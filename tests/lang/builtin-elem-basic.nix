[ (builtins.elem 2 [ 1 2 3 ])
  (builtins.elem 4 [ 1 2 3 ])
  (builtins.elem 1 [ ])
  (builtins.elem "a" [ "b" "a" ])
  (builtins.elem null [ false 0 "" ])
  (builtins.elem null [ null ]) ]
