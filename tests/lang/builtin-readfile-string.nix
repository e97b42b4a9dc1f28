builtins.readFile "${toString ./builtin-data}/nonl.txt"
