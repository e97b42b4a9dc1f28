# keys compare like ==: 1 and 1.0 are the same key; keys of other types may be mixed
# only if they are all comparable (here all numbers, then all strings, then lists)
[ (map (x: x.key) (builtins.genericClosure { startSet = [ { key = 1; } { key = 1.0; } { key = 2.5; } { key = 2; } ]; operator = x: [ ]; }))
  (map (x: x.key) (builtins.genericClosure { startSet = [ { key = "b"; } { key = "a"; } { key = "b"; } ]; operator = x: [ ]; }))
  (map (x: x.key) (builtins.genericClosure { startSet = [ { key = [ 1 2 ]; } { key = [ 1 ]; } { key = [ 1 2 ]; } ]; operator = x: [ ]; })) ]
