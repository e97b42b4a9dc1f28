let s = { a = 2; b = [ 3 ]; }; f = x: x + 1; in [
  (f s.a * 3 + 1)
  (- f s.a * 2)
  (1 + 2 * 3 - 4 / 2)
  ([ 1 ] ++ s.b ++ [ 4 ] == [ 1 3 4 ] && s ? a || false)
  (!s ? c && 2 * s.a >= f 3 -> true)
  (s.a + s.a * s.a - -s.a)
]
