builtins.fromJSON (builtins.readFile ./builtin-data-formats/document.json)
