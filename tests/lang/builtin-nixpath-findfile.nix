# nixPath is what <...> lookups search: findFile over it finds the file
builtins.baseNameOf (builtins.findFile builtins.nixPath "foo/val.nix")
