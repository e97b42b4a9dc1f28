[ (builtins.typeOf map) (map (v: v * 2) [ 1 2 ]) ]
