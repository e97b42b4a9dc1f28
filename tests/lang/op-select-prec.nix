let
  s = { a = 5; f = x: x * 10; l = [ 1 2 3 ]; g = { h = y: y + 1; }; };
  f = x: x + 1;
in [
  (-s.a)
  (f s.a)
  (s.f s.a)
  (s.g.h s.a)
  (s.l ++ s.l)
  (s.a * s.a + s.a)
  (- f s.a)
]
