let s = { a = 1; b = { c = "x"; d = { e = [ 1 2 ]; }; }; "with space" = 3; "a.b" = 4; };
in [ s.a s.b.c s.b.d.e s."with space" s."a.b" s.${"a"} s.b.${"c"} s.b."d".e s.${"b"}.d.${"e"} ]
