{ foo = 1; fob = 2; }.fox
