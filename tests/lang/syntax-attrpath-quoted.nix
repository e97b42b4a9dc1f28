{ a."b c".d = 1; "x".y = 2; a."b c".e = 3; "p q".r = 4; }
