builtins.floor true
