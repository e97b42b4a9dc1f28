builtins.currentSystem { }
