# all stops at the first false; later elements and predicate calls are not evaluated
[ (builtins.all (x: x) [ true false (throw "not reached") ])
  (builtins.all (x: if x == 2 then throw "not reached" else x == 0) [ 0 1 2 ])
  (builtins.all (x: true) [ (throw "a") (throw "b") ]) ]
