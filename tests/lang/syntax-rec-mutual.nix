rec { a = b + 1; b = 2; even = n: if n == 0 then true else odd (n - 1); odd = n: if n == 0 then false else even (n - 1); r = [ (even 10) (odd 7) ]; }
