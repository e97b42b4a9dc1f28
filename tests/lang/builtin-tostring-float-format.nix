# floats are printed like printf "%f": six decimals, no exponent, rounded
map toString [ 1.0e20 1.0e21 123.456789 1.23456789 (-0.0) 0.0000005 0.0000015 0.0000025
  2.5 1.0e-300 (-1.0e-7) 0.5e1 999999.9999999 (-1.5e6) ]
