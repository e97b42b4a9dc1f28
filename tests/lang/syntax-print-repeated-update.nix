let s = { x = [ 1 ]; }; t = s // { y = 2; }; in [ s t ]
