builtins.fromTOML (builtins.readFile ./builtin-data-formats/document.toml)
