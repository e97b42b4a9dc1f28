(x: with { x = 2; }; x) 1
