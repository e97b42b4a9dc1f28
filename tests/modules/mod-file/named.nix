{ tags = [ "named" ]; }
