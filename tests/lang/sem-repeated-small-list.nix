let x = [ 1 2 ]; s = { a = [ 1 2 ]; }; in [ x x s.a s.a ]
