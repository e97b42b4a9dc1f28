builtins.fromTOML ''
  a = tru
''
