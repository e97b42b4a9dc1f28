toString (builtins.add 1)
