let s = { a = 1; b = 2; c = 3; d = 4; }; in { inherit (s) a b c; inherit (s) d; e = 5; }
