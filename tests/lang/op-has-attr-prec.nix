let s = { a = 1; b = true; }; in [
  (s ? a && s ? b)
  (s ? a && false)
  (!s ? a)
  (!s ? z)
  (s ? a == true)
  (s ? z || s ? a)
  (s ? a -> s ? z)
]
