let e = [ ]; s = { }; in [ e e s s ]
