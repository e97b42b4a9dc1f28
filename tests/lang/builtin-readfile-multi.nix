# readFile returns the source text of a .nix file, it does not evaluate it
[ (builtins.readFile ./builtin-data/multi.txt) (builtins.readFile ./builtin-data/val.nix) ]
