let s = { a = 1; b = { c = 2; }; };
in [
  (s.z or 5)
  (s.b.z or "dflt")
  (s.b.c or 9)
  (s.a.b or 7)
  (s.z.y.x or 8)
  ((s.z or 1) + 1)
  (s.z or s.a)
  (s.a or (throw "not evaluated"))
  ({ }.x or null)
]
