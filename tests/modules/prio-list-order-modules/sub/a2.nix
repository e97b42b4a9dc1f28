{ order = [ "a2" ]; }
