with { a = 1; }; a + bogus
