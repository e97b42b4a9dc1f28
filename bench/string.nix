# Build large strings: concatStringsSep over 200,000 interpolated pieces, and
# repeated `+` concatenation in a fold; print the total length.
let
  pieces = builtins.genList (i: "item-${toString i}=${toString (i * 7)};") 200000;
  joined = builtins.concatStringsSep "\n" pieces;
  appended = builtins.foldl' (acc: i: acc + "x${toString i}") "" (builtins.genList (i: i) 5000);
in
builtins.stringLength joined + builtins.stringLength appended
