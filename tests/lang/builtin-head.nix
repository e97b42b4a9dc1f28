[ (builtins.head [ 1 2 ]) (builtins.head [ [ 1 ] ]) (builtins.head [ 1 (throw "x") ]) (builtins.head [ "only" ]) ]
