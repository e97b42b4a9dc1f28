builtins.fetchTree { type = "path"; path = ./builtin-fetchtree-attrs.nix; }
