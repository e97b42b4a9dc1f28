let f = s: s; s = { a = 5; }; in [ (f s.a) (f s).a ]
