builtins.fromJSON " [ nul"
