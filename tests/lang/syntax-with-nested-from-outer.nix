with { s = { a = 1; }; }; with s; [ a s.a ]
