fetchGit { url = [ "a" ]; }
