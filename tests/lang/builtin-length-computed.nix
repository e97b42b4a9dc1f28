[ (builtins.length ([ 1 2 ] ++ [ 3 ])) (builtins.length (builtins.concatLists [ [ 1 ] [ ] [ 2 3 ] ]))
  (builtins.length (builtins.tail [ 1 2 3 ])) (builtins.length (builtins.attrNames { a = 1; b = 2; }))
  (builtins.length (if true then [ 1 ] else throw "x")) (builtins.length (builtins.genList (x: x) 100000)) ]
