[ (builtins.elemAt (builtins.genList (x: x * 2) 1000) 999) (builtins.elemAt ([ 1 ] ++ [ 2 3 ]) 2)
  (builtins.elemAt [ 1 2 3 ] (1 + 1)) (builtins.elemAt (builtins.elemAt [ [ 1 [ 2 "deep" ] ] ] 0) 1) ]
