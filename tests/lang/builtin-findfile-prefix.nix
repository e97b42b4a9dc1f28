builtins.findFile [ { prefix = "data"; path = ./builtin-data; } ] "data/nl.txt"
