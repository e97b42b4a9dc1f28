[ (builtins.filter (x: x != null) [ null 1 null 2 null ])
  (builtins.filter (builtins.lessThan 2) [ 1 2 3 4 ])
  (builtins.filter (x: x ? a) [ { a = 1; } { b = 2; } { a = 3; } ])
  (builtins.filter (x: builtins.length x > 0) [ [ ] [ 1 ] [ ] [ 2 3 ] ])
  (builtins.filter (x: true) (builtins.genList (x: x) 5)) ]
