builtins.fromTOML ''
  name = { first = "Tom", last = "Preston-Werner" }
  point = { x = 1, y = 2 }
  empty = {}
  nested = { a = { b = { c = true } }, d.e = "dotted" }
  list = [ { x = 1 }, { y = [ 2, 3 ] } ]
''
