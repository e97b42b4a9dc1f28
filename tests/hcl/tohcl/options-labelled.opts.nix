{ labelled = [ "service" ]; }
