let x = [ 1 2 3 ]; in map (_: x) [ 1 2 3 ]
