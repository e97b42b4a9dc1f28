builtins.fromJSON (builtins.readFile ./builtin-data-formats/newline-in-string.json)
