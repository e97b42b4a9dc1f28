builtins.findFile [ { prefix = "d"; } ] "d/x"
