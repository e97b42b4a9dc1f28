let
  fib = n: if n < 2 then n else fib (n - 1) + fib (n - 2);
  fix = f: let x = f x; in x;
  fact = fix (self: n: if n == 0 then 1 else n * self (n - 1));
  sum = l: if l == [ ] then 0 else builtins.head l + sum (builtins.tail l);
in [ (fib 20) (fact 10) (sum [ 1 2 3 4 ]) ]
