let a = 1; in [
  (with { a = 2; b = 3; }; [ a b ])
  (with { a = 2; }; let f = x: a; in f 0)
  ((a: with { a = 5; }; a) 4)
  (with { a = 2; }; { inherit a; })
]
