builtins.fromTOML (builtins.readFile ./builtin-data-formats/crlf.toml)
