# A leading UTF-8 byte order mark is skipped.
builtins.fromJSON (builtins.readFile ./builtin-data-formats/bom.json)
