let l = [ l 1 2 ]; in l
