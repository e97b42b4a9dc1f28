let s = { a = [ 1 2 3 ]; b = { c = 1; }; }; in [ s.a s.a s.b s.b ]
