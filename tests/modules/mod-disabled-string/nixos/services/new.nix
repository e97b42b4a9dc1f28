{ enabled = [ "new" ]; }
