let l = [ 1 ]; s = { inherit l; m = l; }; in [ s s.l ]
