# A super-table may be defined after its sub-tables.
builtins.fromTOML ''
  [a.b]
  c = 1
  [a]
  d = 2
  [empty]
''
