let sub10 = builtins.sub 10; pick = builtins.elemAt [ "a" "b" "c" ]; getA = builtins.getAttr "a"; in
[ (map (builtins.add 1) [ 1 2 ]) (sub10 1) (sub10 2) (pick 1)
  (map getA [ { a = 1; } { a = 2; } ])
  (builtins.filter (builtins.lessThan 2) [ 1 2 3 4 ])
  (map (builtins.substring 1 2) [ "abcd" "xyz" ])
  (map (builtins.concatStringsSep "-") [ [ "a" "b" ] [ ] ])
  (builtins.mapAttrs (builtins.hasAttr) { a = { a = 1; }; b = { }; }) ]
