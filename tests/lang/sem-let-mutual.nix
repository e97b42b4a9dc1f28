let
  even = n: if n == 0 then true else odd (n - 1);
  odd = n: if n == 0 then false else even (n - 1);
  a = b * 2;
  b = c + 1;
  c = 3;
in [ (even 10) (odd 10) a ]
