[ (builtins.foldl' (a: b: a + b) 0 [ 1 2 3 ])
  (builtins.foldl' (acc: x: [ x ] ++ acc) [ ] [ 1 2 3 ])
  (builtins.foldl' (a: b: "(${a}${b})") "x" [ "1" "2" "3" ])
  (builtins.foldl' (a: b: a - b) 10 [ 1 2 ])
  (builtins.foldl' (a: b: a + b) "init" [ ])
  (builtins.foldl' (a: b: throw "never called") null [ ])
  (builtins.foldl' builtins.add 0 [ 1 2 3 4 ])
  # elements the function does not use are not forced
  (builtins.foldl' (acc: x: acc + 1) 0 [ (throw "a") (throw "b") ]) ]
