[ 1 1.5 "s" true false null { a = 1; } [ 2 ] ./p (x: x) ]
