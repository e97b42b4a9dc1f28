fetchGit { ref = "main"; }
