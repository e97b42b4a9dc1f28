let n = "b"; s = { a.b = 1; "x y" = 2; }; in [ s.a.${n} s.${"x y"} s.a."${n}" (s.a.${"zz"} or 3) ]
