builtins.all (x: true) { a = 1; }
