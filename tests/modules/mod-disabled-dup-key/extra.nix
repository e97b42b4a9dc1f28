{ active = [ "extra" ]; }
