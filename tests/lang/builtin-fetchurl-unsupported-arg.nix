builtins.fetchurl { url = "https://example.org/x"; foo = 1; }
