# Space, tab, CR and LF are all allowed between tokens.
[
  (builtins.fromJSON (builtins.readFile ./builtin-data-formats/whitespace.json))
  (builtins.fromJSON "  \n\t 42 \r\n ")
  (builtins.fromJSON " [ 1 , 2 ] ")
  (builtins.fromJSON "{ \"k\" : \"v\" }")
]
