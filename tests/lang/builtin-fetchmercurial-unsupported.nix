fetchMercurial { url = "https://example.org/hg"; branch = "x"; }
