{ chain = [ "level4" ]; }
