builtins.hashFile "sha256" ./builtin-data-misc/readdir
