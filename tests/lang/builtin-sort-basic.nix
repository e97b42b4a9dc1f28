[ (builtins.sort builtins.lessThan [ 3 1 2 ])
  (builtins.sort builtins.lessThan [ ])
  (builtins.sort builtins.lessThan [ 42 ])
  (builtins.sort builtins.lessThan [ "b" "B" "a" "" "ab" "A" ])
  (builtins.sort builtins.lessThan [ 2.5 1 (-3) 2 0.5 ])
  (builtins.sort builtins.lessThan [ 5 4 3 2 1 0 (-1) (-2) (-3) (-4) (-5) 10 9 8 7 6 ])
  (builtins.sort (a: b: a < b) [ 3 3 1 1 2 2 ]) ]
