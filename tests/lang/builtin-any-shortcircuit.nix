# any stops at the first true; later elements and predicate calls are not evaluated
[ (builtins.any (x: x) [ false true (throw "not reached") ])
  (builtins.any (x: if x == 2 then throw "not reached" else x == 1) [ 0 1 2 ])
  (builtins.any (x: false) [ (throw "a") (throw "b") ]) ]
