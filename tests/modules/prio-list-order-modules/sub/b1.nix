{ order = [ "b1" ]; }
