{ active = [ "c" ]; }
