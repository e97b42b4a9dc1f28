builtins.toXML { a = [ { b = [ [ { c = [ "x" ]; } ] ]; } ]; }
