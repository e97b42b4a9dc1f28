builtins.findFile [ { prefix = "d"; path = ./builtin-data/dir; } { prefix = "d"; path = ./builtin-data; } ] "d/default.nix"
