let s = { f = x: x * 2; v = 3; }; in [ (s.f s.v) (s.f 1 + 1) (builtins.add 1 2 * 3) ]
