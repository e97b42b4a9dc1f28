let a = 1; b = a; in let a = 2; c = a; in [ a b c (let a = 3; in a) ]
