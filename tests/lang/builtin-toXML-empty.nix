map builtins.toXML [ [ ] { } [ [ ] { } ] { a = { }; b = [ ]; } ]
