let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
in
check [
  { name = "singleton"; expr = lib.singleton "foo"; expected = [ "foo" ]; }
  { name = "forEach"; expr = lib.forEach [ 1 2 ] (x: toString x); expected = [ "1" "2" ]; }
  { name = "optional"; expr = [ (lib.optional true "foo") (lib.optional false "foo") ]; expected = [ [ "foo" ] [ ] ]; }
  { name = "optionals"; expr = [ (lib.optionals true [ 2 3 ]) (lib.optionals false [ 2 3 ]) ]; expected = [ [ 2 3 ] [ ] ]; }
  { name = "toList"; expr = [ (lib.toList [ 1 2 ]) (lib.toList "hi") (lib.toList [ ]) ]; expected = [ [ 1 2 ] [ "hi" ] [ ] ]; }
  { name = "range"; expr = [ (lib.range 2 4) (lib.range 3 2) (lib.range (-1) 1) (lib.range 5 5) ]; expected = [ [ 2 3 4 ] [ ] [ (-1) 0 1 ] [ 5 ] ]; }
  { name = "replicate"; expr = [ (lib.replicate 3 "a") (lib.replicate 2 true) (lib.replicate 0 1) ]; expected = [ [ "a" "a" "a" ] [ true true ] [ ] ]; }
  { name = "lists.replicate"; expr = lib.lists.replicate 2 [ 1 ]; expected = [ [ 1 ] [ 1 ] ]; }
  { name = "flatten"; expr = [ (lib.flatten [ 1 [ 2 [ 3 ] 4 ] 5 ]) (lib.flatten 1) (lib.flatten [ [ ] [ [ ] ] ]) ]; expected = [ [ 1 2 3 4 5 ] [ 1 ] [ ] ]; }
  { name = "imap0"; expr = lib.imap0 (i: v: "${v}-${toString i}") [ "a" "b" ]; expected = [ "a-0" "b-1" ]; }
  { name = "imap1"; expr = lib.imap1 (i: v: "${v}-${toString i}") [ "a" "b" ]; expected = [ "a-1" "b-2" ]; }
  { name = "ifilter0"; expr = lib.ifilter0 (i: v: i == 0 || v > 2) [ 1 2 3 ]; expected = [ 1 3 ]; }
  { name = "concatMap"; expr = lib.concatMap (x: [ x ] ++ [ "z" ]) [ "a" "b" ]; expected = [ "a" "z" "b" "z" ]; }
  { name = "map-filter"; expr = [ (lib.map (x: x * 2) [ 1 2 ]) (lib.filter (x: x > 1) [ 1 2 3 ]) ]; expected = [ [ 2 4 ] [ 2 3 ] ]; }
  { name = "genList"; expr = lib.genList (i: i * i) 4; expected = [ 0 1 4 9 ]; }
  { name = "concatLists"; expr = lib.concatLists [ [ 1 ] [ ] [ 2 3 ] ]; expected = [ 1 2 3 ]; }
  { name = "head-tail-length-elemAt"; expr = [ (lib.head [ 1 2 3 ]) (lib.tail [ 1 2 3 ]) (lib.length [ 1 2 3 ]) (lib.elemAt [ 1 2 3 ] 1) ]; expected = [ 1 [ 2 3 ] 3 2 ]; }
  { name = "isList"; expr = [ (lib.isList [ ]) (lib.isList { }) ]; expected = [ true false ]; }
]
