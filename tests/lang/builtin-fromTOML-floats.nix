let t = builtins.fromTOML ''
  f1 = +1.0
  f2 = 3.1415
  f3 = -0.01
  f4 = 5e+22
  f5 = 1e06
  f6 = -2E-2
  f7 = 6.626e-34
  f8 = 224_617.445_991_228
  f9 = 3.0
  f10 = 0.1
  f11 = 1e-7
  f12 = 123456789.0
  f13 = 0.30000000000000004
  pz = +0.0
  nz = -0.0
''; in [ t (builtins.toJSON t) (builtins.typeOf t.f9) ]
