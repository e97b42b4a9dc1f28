{ services = [ "old-helper" ]; }
