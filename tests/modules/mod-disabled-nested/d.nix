{ active = [ "d" ]; }
