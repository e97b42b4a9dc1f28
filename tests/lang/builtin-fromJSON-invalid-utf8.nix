builtins.fromJSON (builtins.readFile ./builtin-data-formats/invalid-utf8.json)
