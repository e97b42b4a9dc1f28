[ (builtins.concatMap (x: [ x x ]) [ 1 2 3 ])
  (builtins.concatMap (x: [ ]) [ 1 2 3 ])
  (builtins.concatMap (x: throw "never called") [ ])
  (builtins.concatMap (x: if x > 1 then [ x ] else [ ]) [ 0 1 2 3 ])
  (builtins.concatMap (x: [ [ x ] ]) [ "a" "b" ])
  (builtins.concatMap builtins.attrNames [ { b = 1; a = 2; } { } { c = 3; } ]) ]
