let f = a: b: c: [ a b c ]; g = x: x + 1; in [ (f 1 2 3) ((f 1) 2 3) (g 1 + 2) (g (g 1)) ]
