[ (builtins.partition (x: x > 2) [ 1 2 3 4 5 ])
  (builtins.partition (x: x > 2) [ ])
  (builtins.partition (x: true) [ 1 2 ])
  (builtins.partition (x: false) [ 1 2 ])
  (builtins.partition builtins.isString [ "a" 1 "b" 2 ])
  (builtins.partition (x: x.ok) [ { ok = true; n = 1; } { ok = false; n = 2; } { ok = true; n = 3; } ]) ]
