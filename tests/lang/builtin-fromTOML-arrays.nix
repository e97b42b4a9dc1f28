builtins.fromTOML ''
  integers = [ 1, 2, 3 ]
  colors = [ "red", "yellow", "green" ]
  nested_arrays_of_ints = [ [ 1, 2 ], [3, 4, 5] ]
  nested_mixed_array = [ [ 1, 2 ], ["a", "b", "c"] ]
  string_array = [ "all", 'strings', """are the same""", ''''type'''' ]
  numbers = [ 0.1, 0.2, 0.5, 1, 2, 5 ]
  mixed = [ 1, "two", 3.0, true, [ ], { x = 1 } ]
  empty = [ ]
  multiline = [
    1,
    2, # comment
    3,
  ]
  spaced = [ 1 , 2 ]
''
