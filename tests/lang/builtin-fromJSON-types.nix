# Which JSON numbers become integers and which become floats.
map (j: let v = builtins.fromJSON j; in [ j (builtins.typeOf v) v ]) [
  "1" "1.0" "2.0" "1e2" "1E+2" "0e0" "-0" "-0.0" "0.5" "123456789" "-42"
  "10000000000000000000000" "1.23456789012" "0.1" "1e-7"
]
