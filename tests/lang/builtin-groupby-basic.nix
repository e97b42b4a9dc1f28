[ (builtins.groupBy (x: if x > 2 then "big" else "small") [ 1 2 3 4 ])
  (builtins.groupBy (x: x) [ ])
  (builtins.groupBy (x: x) [ "b" "a" "b" "c" "a" "b" ])
  (builtins.groupBy (x: x.type) [ { type = "f"; n = 1; } { type = "d"; n = 2; } { type = "f"; n = 3; } ])
  (builtins.groupBy (x: "") [ 1 2 ])
  (builtins.groupBy builtins.typeOf [ 1 "a" 2 null [ ] ]) ]
