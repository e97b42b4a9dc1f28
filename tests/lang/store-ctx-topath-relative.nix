builtins.toPath "foo/bar"
