let f = import ./builtin-data/counter.nix; in
[ (import ./builtin-data/fun.nix 5) ((import ./builtin-data/fun.nix) 0.5) (f { }).next (f { n = 41; }).next ]
