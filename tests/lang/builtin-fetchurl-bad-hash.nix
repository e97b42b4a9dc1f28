builtins.fetchurl { url = "https://example.org/x"; sha256 = "abc"; }
