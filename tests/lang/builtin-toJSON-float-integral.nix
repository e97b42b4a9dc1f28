# Integral floats lose their ".0"; negative zero keeps its sign.
builtins.toJSON [ 3.0 100.0 0.0 (0.0 * -1.0) (-7.0) 1.0e15 1.0e16 1.0e17 123456.0 1234567.0 100000.0 1000000.0 ]
