builtins.fromJSON "[nul]"
