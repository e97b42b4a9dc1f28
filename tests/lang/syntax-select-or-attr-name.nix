let s = { or = 1; x = { or = 2; }; }; in [ s.or s.x.or { or = 3; } ]
