let s = builtins.readFile ./builtin-data/nl.txt; in
{ s = s; len = builtins.stringLength s; eq = s == "hello\n"; }
