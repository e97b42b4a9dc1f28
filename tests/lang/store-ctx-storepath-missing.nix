builtins.storePath "/nonexistent-nomix-test/foo"
