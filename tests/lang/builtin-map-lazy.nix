[ (builtins.length (map throw [ 1 2 ]))
  (builtins.head (map (x: x + 1) [ 1 (throw "x") ]))
  (builtins.elemAt (map (x: if x == 1 then throw "one" else x) [ 1 2 ]) 1)
  (builtins.length (builtins.map abort [ "a" ])) ]
