[ (map (builtins.add 1) [ 1 2 ]) (map (builtins.mul 2) [ 3 4 ])
  (map builtins.typeOf [ 1 "a" ]) (map toString [ 1 true ])
  (map (builtins.elemAt [ "a" "b" "c" ]) [ 2 0 ]) ]
