let f = x: [ x x x ]; g = x: { inherit x; }; in [ (f 1) (f 1) (g 1) (g 1) ]
