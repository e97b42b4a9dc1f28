builtins.pathExists "builtin-data-misc/hash.txt"
