builtins.readDir ./builtin-data-misc/no-such-dir
