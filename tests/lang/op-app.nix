let
  f = x: y: x - y;
  twice = g: x: g (g x);
  inc = x: x + 1;
in [
  (f 10 3)
  ((f 10) 3)
  (twice inc 5)
  (twice twice inc 0)
  ((x: x) 7)
  ((x: y: y) 1 2)
  (builtins.add 1 2)
  (map (x: x * 2) [ 1 2 3 ])
  (inc (inc 1))
]
