builtins.findFile [ { prefix = "x"; path = ./builtin-data; } ] "y/nl.txt"
