{ services = [ "shared" ]; }
