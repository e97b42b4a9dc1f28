{ enabled = [ "extra" ]; }
