[ (builtins.readFile ./sem-data/x.txt) (builtins.readFile ./sem-data/dir/msg.txt) (builtins.stringLength (builtins.readFile ./sem-data/x.txt)) ]
