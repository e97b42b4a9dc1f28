let
  a = builtins.add 5;
  m = map (builtins.mul 2);
  sub = builtins.substring 1;
in [
  (a 1)
  (m [ 1 2 3 ])
  (builtins.foldl' builtins.add 0 [ 1 2 3 ])
  (map (builtins.elemAt [ 10 20 30 ]) [ 2 0 ])
  (sub 2 "hello")
  (map (sub 1) [ "abc" "xyz" ])
  (builtins.filter (builtins.lessThan 2) [ 1 2 3 4 ])
  (builtins.concatStringsSep "-" [ "a" "b" ])
  (map (builtins.getAttr "a") [ { a = 1; } { a = 2; } ])
]
