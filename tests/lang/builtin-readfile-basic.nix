builtins.readFile ./builtin-data/nonl.txt
