let s = builtins.readFile ./builtin-data/empty.txt; in
{ s = s; len = builtins.stringLength s; isEmpty = s == ""; }
