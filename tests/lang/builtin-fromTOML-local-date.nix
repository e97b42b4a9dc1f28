builtins.fromTOML ''
  ld = 1979-05-27
''
