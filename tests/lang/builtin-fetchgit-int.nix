fetchGit 42
