[ (builtins.genericClosure {
    startSet = [ { key = 1; } ];
    operator = x: if x.key < 5 then [ { key = x.key + 1; } ] else [ ];
  })
  (builtins.genericClosure { startSet = [ ]; operator = x: throw "never called"; })
  (builtins.genericClosure { startSet = [ { key = "a"; extra = 1; } ]; operator = x: [ ]; })
  # the operator may return items with more attributes; they are kept as they are
  (builtins.genericClosure {
    startSet = [ { key = 0; path = [ ]; } ];
    operator = x: if x.key >= 3 then [ ] else [ { key = x.key + 1; path = x.path ++ [ x.key ]; } ];
  }) ]
