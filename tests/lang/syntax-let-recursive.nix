let a = b + 1; b = 10; f = n: if n == 0 then 0 else n + f (n - 1); in [ a (f 4) ]
