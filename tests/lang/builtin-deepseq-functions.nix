# functions are not applied, but sets with __functor are traversed like any set
[ (builtins.deepSeq { __functor = self: throw "not called"; } 1)
  (builtins.deepSeq (builtins.add (throw "not forced")) 2)
  (builtins.deepSeq [ ./a "s" 1.5 null true ] 3)
  (builtins.deepSeq (map (x: x + 1) [ 1 2 ]) 4) ]
