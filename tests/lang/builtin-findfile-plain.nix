builtins.findFile [ { path = ./builtin-data; } ] "nl.txt"
