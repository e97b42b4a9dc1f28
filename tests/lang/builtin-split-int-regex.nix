builtins.split 1 "1"
