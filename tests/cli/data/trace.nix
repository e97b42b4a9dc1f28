let f = x: x + "a"; g = y: f y; in { a = g 1; }
