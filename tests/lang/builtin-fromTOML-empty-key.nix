builtins.fromTOML ''
  = 1
''
