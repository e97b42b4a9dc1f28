[ (builtins.tail [ 1 2 3 ]) (builtins.tail [ 1 ]) (builtins.tail [ (throw "x") 2 ])
  (builtins.tail (builtins.tail [ 1 2 ])) ]
