builtins.dirOf 1
