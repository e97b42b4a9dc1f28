[
  (with rec { a = 1; b = a + 1; }; b)
  (rec { a = 1; b = with { a = 5; }; a; }).b
  (rec { c = with { d = 2; }; d + e; e = 10; }).c
  (let s = rec { x = 1; y = with s; x + 1; }; in s.y)
  (with { a = 1; }; rec { a = 2; b = a; }).b
  (with { z = 1; }; rec { b = z; }).b
]
