let t = builtins.fromTOML ''
  dec = 99
  pos = +17
  neg = -17
  zero = 0
  pzero = +0
  nzero = -0
  under = 1_000_000
  under2 = 5_349_221
  hex = 0xDEADBEEF
  hexl = 0xdead_beef
  hex0 = 0x00ff
  oct = 0o755
  oct0 = 0o01234567
  bin = 0b11010110
  bin0 = 0b0
''; in [ t (map builtins.typeOf (builtins.attrValues t)) ]
