# Other control bytes are copied through raw.
builtins.toXML (builtins.readFile ./builtin-data-formats/control.txt)
