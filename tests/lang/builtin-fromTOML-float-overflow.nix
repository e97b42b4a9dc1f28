# Out-of-range floats saturate to the largest finite double; underflow gives 0.
let t = builtins.fromTOML ''
  big = 1e400
  small = 1e-400
  max = 1.7976931348623157e308
''; in [ t (t.big == t.max) (t.big == 1.0e308 * 10.0) ]
