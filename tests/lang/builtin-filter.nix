[ (builtins.filter (x: true) [ 1 2 3 ]) (builtins.filter (x: false) [ 1 2 3 ])
  (builtins.filter (x: x > 1) [ 3 1 2 0 ]) (builtins.filter (x: x) [ ])
  (builtins.filter builtins.isInt [ 1 "a" 2.0 3 ])
  # elements the predicate ignores are not forced
  (builtins.length (builtins.filter (x: true) [ (throw "a") (throw "b") ])) ]
