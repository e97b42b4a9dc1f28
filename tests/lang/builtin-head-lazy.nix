[ (builtins.head (map (x: x * 2) [ 3 (throw "x") ]))
  (builtins.head (builtins.filter (x: x > 1) [ 1 2 3 ]))
  (builtins.head (builtins.genList (x: x + 10) 5))
  (builtins.head (builtins.sort builtins.lessThan [ 3 1 2 ])) ]
