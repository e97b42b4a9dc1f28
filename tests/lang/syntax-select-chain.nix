let a = { b = { c = { d = 42; }; }; }; in [ a.b.c.d a.b.c ]
