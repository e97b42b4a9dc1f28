let l = [ 1 2 3 ]; m = l; s = { inherit l; m = l; }; in [ l m s ]
