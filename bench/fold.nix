# Build a list of one million integers with genList and sum it with foldl'.
let
  xs = builtins.genList (i: i * 2 + 1) 1000000;
in
builtins.foldl' (acc: x: acc + x) 0 xs
