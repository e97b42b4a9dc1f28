let f = a: a; in [ (f 1) a:a (builtins.typeOf a:a) ((x: x) 2) ]
