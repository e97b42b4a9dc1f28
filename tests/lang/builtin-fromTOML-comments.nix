builtins.fromTOML ''
  # full-line comment
  a = 1 # trailing comment
  b = "# in a string" # comment
     # indented comment
  [t] # comment after table header
  c = [ # comment in array
    1, # one
  ] # end
  # comment at the end''
