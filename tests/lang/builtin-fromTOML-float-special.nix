let t = builtins.fromTOML ''
  pinf = inf
  ninf = -inf
  xinf = +inf
  pnan = nan
  nnan = -nan
  xnan = +nan
''; in [
  t
  (builtins.typeOf t.pinf) (builtins.typeOf t.pnan)
  (t.pnan == t.pnan) (t.pinf > 1.0e308) (t.ninf < -1.0e308) (t.pinf == t.xinf)
  (builtins.toJSON t)
]
