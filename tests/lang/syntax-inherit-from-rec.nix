rec { s = { a = 1; b = 2; }; inherit (s) a; c = a + b; b = 10; }
