builtins.fromTOML ''
  top = 0

  [t]
  a = 1

  [t.u]
  b = 2

  [ t . "quoted key" ]
  c = 3

  [x.y.z]
  d = 4
''
