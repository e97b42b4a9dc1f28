builtins.dirOf true
