let a = { b = 1; }; in [ (a.b or 5) (a.x or 6) (a.x.y or 7) (a.b.c or 8) ]
