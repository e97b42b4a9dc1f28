[ (builtins.elemAt [ 10 20 30 ] 0) (builtins.elemAt [ 10 20 30 ] 2)
  (builtins.elemAt [ (throw "x") 5 ] 1) (builtins.elemAt [ [ "n" ] ] 0) ]
