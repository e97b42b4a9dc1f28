fetchGit { url = "https://example.org/r.git"; branch = "main"; }
