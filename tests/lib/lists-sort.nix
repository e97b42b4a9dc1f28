let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
in
check [
  { name = "reverseList"; expr = [ (lib.reverseList [ "b" "o" "j" ]) (lib.reverseList [ ]) ]; expected = [ [ "j" "o" "b" ] [ ] ]; }
  { name = "sort"; expr = lib.sort (p: q: p < q) [ 5 3 7 ]; expected = [ 3 5 7 ]; }
  { name = "sort-stable"; expr = lib.sort (a: b: a.k < b.k) [ { k = 1; v = "a"; } { k = 0; v = "b"; } { k = 1; v = "c"; } ]; expected = [ { k = 0; v = "b"; } { k = 1; v = "a"; } { k = 1; v = "c"; } ]; }
  { name = "sortOn"; expr = lib.sortOn builtins.stringLength [ "aa" "b" "cccc" ]; expected = [ "b" "aa" "cccc" ]; }
  { name = "sortOn-stable"; expr = lib.sortOn (x: x.k) [ { k = 2; v = 1; } { k = 1; v = 2; } { k = 2; v = 3; } ]; expected = [ { k = 1; v = 2; } { k = 2; v = 1; } { k = 2; v = 3; } ]; }
  {
    name = "compareLists";
    expr = map (p: lib.compareLists lib.compare p.a p.b) [
      { a = [ ]; b = [ ]; }
      { a = [ ]; b = [ "a" ]; }
      { a = [ "a" ]; b = [ ]; }
      { a = [ "a" "b" ]; b = [ "a" "c" ]; }
      { a = [ 1 2 ]; b = [ 1 2 ]; }
    ];
    expected = [ 0 (-1) 1 (-1) 0 ];
  }
  { name = "naturalSort-disks"; expr = lib.naturalSort [ "disk11" "disk8" "disk100" "disk9" ]; expected = [ "disk8" "disk9" "disk11" "disk100" ]; }
  { name = "naturalSort-addresses"; expr = lib.naturalSort [ "10.46.133.149" "10.5.16.62" "10.54.16.25" ]; expected = [ "10.5.16.62" "10.46.133.149" "10.54.16.25" ]; }
  { name = "naturalSort-versions"; expr = lib.naturalSort [ "v0.2" "v0.15" "v0.0.9" ]; expected = [ "v0.0.9" "v0.2" "v0.15" ]; }
  { name = "naturalSort-text"; expr = lib.naturalSort [ "b" "a10" "a9" "a" ]; expected = [ "a" "a9" "a10" "b" ]; }
]
