# Invalid UTF-8 bytes are copied through unchanged.
builtins.toJSON [ (builtins.readFile ./builtin-data-formats/invalid-utf8.txt) ]
