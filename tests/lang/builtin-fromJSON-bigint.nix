# Integers beyond int64: up to 2^64-1 they wrap around (parsed as uint64,
# cast to int64); beyond that, or below -2^63, they become floats.
map (j: let v = builtins.fromJSON j; in [ (builtins.typeOf v) v ]) [
  "9223372036854775807"
  "9223372036854775808"
  "18446744073709551615"
  "18446744073709551616"
  "-9223372036854775808"
  "-9223372036854775809"
  "123456789012345678901234567890"
]
