builtins.readDir "builtin-data-misc"
