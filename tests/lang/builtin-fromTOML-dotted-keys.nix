builtins.fromTOML ''
  a.b.c = 1
  a.d = 2
  "quoted key".e = 3
  'literal'.f = 4
  site."google.com" = true
  "a.b" = "not dotted"
  x . y = "spaces around dot"
  1234 = "bare digits"
  bare-key_2 = "dash and underscore"
  "" = "empty quoted key"
''
