builtins.fromTOML ''
  a.b = 1
  a = 2
''
