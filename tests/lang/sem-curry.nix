let
  add3 = a: b: c: a + b + c;
  p = add3 1;
  q = p 2;
  compose = f: g: x: f (g x);
  flip = f: a: b: f b a;
in [
  (q 3)
  (q 30)
  (p 10 20)
  (add3 1 1 1)
  (compose (x: x * 2) (x: x + 1) 5)
  (flip builtins.sub 1 10)
  (map (add3 1 2) [ 1 2 3 ])
  (((a: { x = b: a + b; }) 1).x 2)
]
