{ enabled = [ "old" ]; }
