builtins.fromTOML ''
  a = "\q"
''
