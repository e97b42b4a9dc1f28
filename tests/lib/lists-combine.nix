let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
in
check [
  { name = "zipListsWith"; expr = lib.zipListsWith (a: b: a + b) [ "h" "l" ] [ "e" "o" ]; expected = [ "he" "lo" ]; }
  { name = "zipListsWith-shorter"; expr = lib.zipListsWith (a: b: a * b) [ 1 2 3 ] [ 4 5 ]; expected = [ 4 10 ]; }
  { name = "zipLists"; expr = lib.zipLists [ 1 2 ] [ "a" "b" ]; expected = [ { fst = 1; snd = "a"; } { fst = 2; snd = "b"; } ]; }
  { name = "zipLists-empty"; expr = lib.zipLists [ ] [ 1 ]; expected = [ ]; }
  { name = "crossLists"; expr = lib.crossLists (x: y: "${toString x}${toString y}") [ [ 1 2 ] [ 3 4 ] ]; expected = [ "13" "14" "23" "24" ]; }
  { name = "intersectLists"; expr = lib.intersectLists [ 1 2 3 ] [ 6 3 2 ]; expected = [ 3 2 ]; }
  { name = "subtractLists"; expr = lib.subtractLists [ 3 2 ] [ 1 2 3 4 5 3 ]; expected = [ 1 4 5 ]; }
  { name = "mutuallyExclusive"; expr = [ (lib.mutuallyExclusive [ 1 2 ] [ 3 4 ]) (lib.mutuallyExclusive [ 1 2 ] [ 2 3 ]) (lib.mutuallyExclusive [ ] [ 1 ]) ]; expected = [ true false true ]; }
]
