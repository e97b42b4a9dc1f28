''
  a''\rb
  c
''
