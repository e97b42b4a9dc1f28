builtins.functionArgs { a = 1; }
