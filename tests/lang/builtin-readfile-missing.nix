builtins.readFile ./builtin-data/nope.txt
