[ (map (builtins.seq 0) [ 1 2 ])
  (builtins.seq builtins.seq "primop as first argument")
  (builtins.seq (builtins.seq (throw "not forced")) "partial application is a value")
  (builtins.seq ./a "path")
  # seq returns its second argument without forcing it more than the caller does
  (builtins.length (builtins.seq 1 [ (throw "x") ])) ]
