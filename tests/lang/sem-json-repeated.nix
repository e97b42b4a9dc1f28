let x = [ 1 2 3 ]; s = { a = 1; }; in [ x x s s ]
