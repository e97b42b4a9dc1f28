# the resulting elements are not forced, only the lists the function returns
[ (builtins.length (builtins.concatMap (x: [ (throw "elem") x ]) [ 1 2 ]))
  (builtins.elemAt (builtins.concatMap (x: [ (throw "elem") x ]) [ 1 2 ]) 3) ]
