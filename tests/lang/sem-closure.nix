let
  mk = n: { get = _: n; add = m: mk (n + m); };
  a = mk 1;
  b = mk 2;
  fs = map (i: x: x + i) [ 1 2 3 ];
in [ (a.get null) (b.get null) ((a.add 10).get null) (map (f: f 100) fs) ]
