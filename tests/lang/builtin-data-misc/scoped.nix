{ inherit x y; z = x + y; }
