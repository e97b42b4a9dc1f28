[ (builtins.genList (i: builtins.genList (j: i * j) 3) 3)
  (builtins.genList (x: { n = x; }) 2)
  (builtins.length (builtins.genList (x: x) 100000))
  (builtins.genList builtins.typeOf 1) ]
