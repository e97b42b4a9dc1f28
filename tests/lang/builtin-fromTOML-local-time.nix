builtins.fromTOML ''
  lt = 07:32:00
''
