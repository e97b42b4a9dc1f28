fetchGit { type = "git"; url = "https://example.org/r.git"; }
