# Naive doubly-recursive Fibonacci: stresses function calls and integer
# arithmetic (about 250,000 calls).
let
  fib = n: if n < 2 then n else fib (n - 1) + fib (n - 2);
in
fib 25
