builtins.seq { a = 1; } [ { x = 1 + 1; } ]
