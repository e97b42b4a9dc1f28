{ roles = [ "desktop profile" ]; }
