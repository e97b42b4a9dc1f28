{ order = [ "a1-deep" ]; }
