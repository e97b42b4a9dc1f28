({ a ? args.b or 7, ... }@args: a) { b = 9; }
