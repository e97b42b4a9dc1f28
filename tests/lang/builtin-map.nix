[ (map (x: x * 2) [ 1 2 3 ]) (map (x: x) [ ]) (builtins.map (x: [ x ]) [ "a" "b" ])
  (map (s: s + "!") [ "hi" ]) ]
