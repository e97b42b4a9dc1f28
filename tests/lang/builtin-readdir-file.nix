builtins.readDir ./builtin-data-misc/hash.txt
