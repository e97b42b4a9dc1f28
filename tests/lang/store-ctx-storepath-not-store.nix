builtins.storePath "/"
