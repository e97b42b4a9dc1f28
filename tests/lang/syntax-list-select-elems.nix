let s = { a = 1; b.c = 2; }; in [ s.a s.b.c s.b ]
