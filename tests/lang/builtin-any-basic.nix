[ (builtins.any (x: x > 2) [ 1 2 3 ])
  (builtins.any (x: x > 5) [ 1 2 3 ])
  (builtins.any (x: x) [ ])
  (builtins.any (x: throw "never called") [ ])
  (builtins.any builtins.isString [ 1 2 "three" ])
  (builtins.any (x: x == null) [ 1 null ]) ]
