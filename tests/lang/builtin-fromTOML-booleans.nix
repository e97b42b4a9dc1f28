builtins.fromTOML ''
  t = true
  f = false
  list = [ true, false ]
  inline = { yes = true }
''
