{ active = [ "other" ]; }
