let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
  fails = v: !(builtins.tryEval v).success;
in
check [
  { name = "findSingle"; expr = [ (lib.findSingle (x: x == 3) "none" "multiple" [ 1 3 3 ]) (lib.findSingle (x: x == 3) "none" "multiple" [ 1 3 ]) (lib.findSingle (x: x == 3) "none" "multiple" [ 1 9 ]) ]; expected = [ "multiple" 3 "none" ]; }
  { name = "findFirstIndex"; expr = [ (lib.lists.findFirstIndex (x: x > 3) null [ 0 6 4 ]) (lib.lists.findFirstIndex (x: x > 9) null [ 0 6 4 ]) ]; expected = [ 1 null ]; }
  { name = "findFirst"; expr = [ (lib.findFirst (x: x > 3) 7 [ 1 6 4 ]) (lib.findFirst (x: x > 9) 7 [ 1 6 4 ]) ]; expected = [ 6 7 ]; }
  { name = "findFirst-stops"; expr = lib.findFirst (x: x > 1) 0 [ 1 2 (throw "not reached") ]; expected = 2; }
  { name = "remove"; expr = lib.remove 3 [ 1 3 4 3 ]; expected = [ 1 4 ]; }
  { name = "elem"; expr = [ (lib.elem 2 [ 1 2 ]) (lib.elem 5 [ 1 2 ]) ]; expected = [ true false ]; }
  { name = "last"; expr = [ (lib.last [ 1 2 3 ]) (lib.last [ "x" ]) ]; expected = [ 3 "x" ]; }
  { name = "last-empty"; expr = fails (lib.last [ ]); expected = true; }
  { name = "init"; expr = [ (lib.init [ 1 2 3 ]) (lib.init [ "x" ]) ]; expected = [ [ 1 2 ] [ ] ]; }
  { name = "init-empty"; expr = fails (lib.init [ ]); expected = true; }
]
