# Control bytes 0x01-0x1f become \u00XX (even \b and \f); 0x7f is passed through raw.
builtins.toJSON (builtins.readFile ./builtin-data-formats/control.txt)
