builtins.fetchTree "https://example.org/x.tar.gz"
