let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
  fails = v: !(builtins.tryEval v).success;
in
check [
  { name = "take"; expr = [ (lib.take 2 [ "a" "b" "c" "d" ]) (lib.take 2 [ ]) (lib.take 5 [ 1 ]) (lib.take 0 [ 1 ]) ]; expected = [ [ "a" "b" ] [ ] [ 1 ] [ ] ]; }
  { name = "drop"; expr = [ (lib.drop 2 [ "a" "b" "c" "d" ]) (lib.drop 2 [ ]) (lib.drop 0 [ 1 ]) (lib.drop 3 [ 1 ]) ]; expected = [ [ "c" "d" ] [ ] [ 1 ] [ ] ]; }
  { name = "dropEnd"; expr = [ (lib.dropEnd 2 [ "a" "b" "c" "d" ]) (lib.dropEnd 2 [ ]) (lib.dropEnd 5 [ 1 2 ]) ]; expected = [ [ "a" "b" ] [ ] [ ] ]; }
  { name = "sublist"; expr = [ (lib.sublist 1 3 [ "a" "b" "c" "d" "e" ]) (lib.sublist 1 3 [ ]) (lib.sublist 3 10 [ 1 2 3 4 5 ]) (lib.sublist 9 1 [ 1 ]) ]; expected = [ [ "b" "c" "d" ] [ ] [ 4 5 ] [ ] ]; }
  { name = "lists.hasPrefix"; expr = [ (lib.lists.hasPrefix [ 1 2 ] [ 1 2 3 4 ]) (lib.lists.hasPrefix [ 0 1 ] [ 1 2 3 4 ]) (lib.lists.hasPrefix [ ] [ 1 ]) ]; expected = [ true false true ]; }
  { name = "lists.removePrefix"; expr = lib.lists.removePrefix [ 1 2 ] [ 1 2 3 4 ]; expected = [ 3 4 ]; }
  { name = "lists.removePrefix-not-prefix"; expr = fails (lib.lists.removePrefix [ 0 1 ] [ 1 2 3 4 ]); expected = true; }
  { name = "commonPrefix"; expr = [ (lib.lists.commonPrefix [ 1 2 3 4 5 6 ] [ 1 2 4 8 ]) (lib.lists.commonPrefix [ 1 2 3 ] [ 1 2 3 4 5 ]) (lib.lists.commonPrefix [ 1 2 3 ] [ 4 5 6 ]) ]; expected = [ [ 1 2 ] [ 1 2 3 ] [ ] ]; }
]
