[
  (true -> true) (true -> false) (false -> true) (false -> false)
  (false -> false -> false)
  (true -> true -> false)
  (true || false -> false)
  (false && true -> false)
  (true -> false || true)
  (false -> false || false)
  (1 == 2 -> false)
]
