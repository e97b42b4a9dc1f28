let s = { a = 1; b = 2; }; inherit (s) a b; x = 10; in let inherit x; in [ a b x ]
