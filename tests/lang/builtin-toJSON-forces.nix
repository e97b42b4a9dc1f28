# toJSON forces the whole value.
let
  xs = builtins.genList (i: i * i) 6;
  s = builtins.listToAttrs (map (i: { name = "k${toString i}"; value = builtins.elemAt xs i; }) [ 5 0 3 ]);
in
builtins.toJSON { inherit xs s; lazy = let y = 2 + 3; in [ y (y * 2) ]; }
