# elem stops at the first match; later elements are not evaluated
[ (builtins.elem 1 [ 1 (throw "not reached") ])
  (builtins.elem "x" [ "a" "x" (abort "not reached") ]) ]
