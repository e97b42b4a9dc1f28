{ unused = fetchTarball "https://example.org/x.tar.gz"; used = 1; }.used
