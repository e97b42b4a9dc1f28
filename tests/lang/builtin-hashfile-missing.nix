builtins.hashFile "sha256" ./builtin-data-misc/no-such-file
