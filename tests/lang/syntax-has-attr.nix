let s = { a = { b = { c = 1; }; }; "x y" = 2; }; n = "a"; in [ (s ? a) (s ? z) (s ? a.b.c) (s ? a.b.z) (s ? "x y") (s ? ${n}) (s ? a.${"b"}) (1 ? a) (s ? a.b.c.d) ]
