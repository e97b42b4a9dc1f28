builtins.genericClosure [ { key = 1; } ]
