# items whose key was already seen are dropped; the first one wins
[ (builtins.genericClosure {
    startSet = [ { key = 1; v = "first"; } { key = 1; v = "second"; } { key = 2; v = "third"; } ];
    operator = x: [ ];
  })
  # a cycle terminates
  (builtins.genericClosure {
    startSet = [ { key = 0; } ];
    operator = x: [ { key = builtins.bitAnd (x.key + 1) 3; } ];
  })
  # the operator runs on each item once, even on those with repeated keys in its result
  (map (x: x.key) (builtins.genericClosure {
    startSet = [ { key = 10; } { key = 20; } ];
    operator = x: [ { key = 10; } { key = 20; } ] ++ (if x.key == 10 then [ { key = 11; } ] else [ ]);
  })) ]
