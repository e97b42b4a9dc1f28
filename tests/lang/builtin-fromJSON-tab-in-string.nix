builtins.fromJSON (builtins.readFile ./builtin-data-formats/tab-in-string.json)
