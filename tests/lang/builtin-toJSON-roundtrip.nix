let v = { a = [ 1 2.5 "x\n\"y\"" null true ]; b = { c = { }; d = [ ]; }; "é" = "ü"; }; in
[ (builtins.fromJSON (builtins.toJSON v) == v) (builtins.toJSON (builtins.fromJSON (builtins.toJSON v))) ]
