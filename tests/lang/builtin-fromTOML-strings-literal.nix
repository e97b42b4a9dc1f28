builtins.fromTOML (builtins.readFile ./builtin-data-formats/literal-strings.toml)
