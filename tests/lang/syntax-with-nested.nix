with { a = 1; b = 2; }; with { a = 10; }; [ a b ]
