{ seen = [ "path to a set" ]; }
