builtins.fromTOML ''
  a = { b = 1, }
''
