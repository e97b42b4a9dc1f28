[ (builtins.all (x: x > 0) [ 1 2 3 ])
  (builtins.all (x: x > 1) [ 1 2 3 ])
  (builtins.all (x: x) [ ])
  (builtins.all (x: throw "never called") [ ])
  (builtins.all builtins.isInt [ 1 2 "three" ])
  (builtins.all (x: x == "a") [ "a" "a" ]) ]
