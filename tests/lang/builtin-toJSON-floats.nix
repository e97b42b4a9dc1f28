# Floats are printed like printf("%g"): 6 significant digits, exponent for
# large and small magnitudes, at least two exponent digits.
builtins.toJSON [
  1.5 0.1 (-1.5) 0.5 2.25 123456.789 (1.0 / 3.0) (2.0 / 3.0) (0.1 + 0.2)
  1.0e-7 1.0e-5 0.0001 0.000123 2.5e-10 1.0e-6 0.00001234
  1.0e20 1.0e21 1.0e22 1.0e300 1.7976931348623157e308
  123456789.0 1234567.0 999999.0 999999.5 9999995.0 12345678901234567890.0
  3.14159265358979 (-0.000001)
]
