let s = { a = 1; }; in { p = s; q = s; r = [ s ]; }
