let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
in
check [
  { name = "filterAttrs"; expr = lib.filterAttrs (n: v: n == "foo") { foo = 1; bar = 2; }; expected = { foo = 1; }; }
  { name = "filterAttrs-by-value"; expr = lib.filterAttrs (n: v: v > 1) { a = 1; b = 2; c = 3; }; expected = { b = 2; c = 3; }; }
  { name = "filterAttrsRecursive"; expr = lib.filterAttrsRecursive (n: v: v != null) { foo = { bar = null; }; }; expected = { foo = { }; }; }
  { name = "filterAttrsRecursive-deep"; expr = lib.filterAttrsRecursive (n: v: n != "secret") { a = { secret = 1; b = { secret = 2; c = 3; }; }; secret = 4; }; expected = { a = { b = { c = 3; }; }; }; }
  { name = "attrVals"; expr = lib.attrVals [ "a" "b" "c" ] { a = 1; b = 2; c = 3; d = 4; }; expected = [ 1 2 3 ]; }
  { name = "getAttrs"; expr = lib.getAttrs [ "a" "b" ] { a = 1; b = 2; c = 3; }; expected = { a = 1; b = 2; }; }
  { name = "optionalAttrs"; expr = [ (lib.optionalAttrs true { my = "set"; }) (lib.optionalAttrs false { my = "set"; }) ]; expected = [ { my = "set"; } { } ]; }
  { name = "matchAttrs"; expr = lib.matchAttrs { cpu = { }; } { cpu = { bits = 64; }; }; expected = true; }
  { name = "matchAttrs-nested"; expr = [ (lib.matchAttrs { cpu.bits = 64; } { cpu = { bits = 64; name = "x"; }; os = 1; }) (lib.matchAttrs { cpu.bits = 32; } { cpu.bits = 64; }) ]; expected = [ true false ]; }
  { name = "matchAttrs-missing"; expr = [ (lib.matchAttrs { a = 1; } { }) (lib.matchAttrs { a = { }; } { a = 1; }) ]; expected = [ false false ]; }
  { name = "overrideExisting"; expr = [ (lib.overrideExisting { } { a = 1; }) (lib.overrideExisting { b = 2; } { a = 1; }) (lib.overrideExisting { a = 3; b = 2; } { a = 1; }) ]; expected = [ { } { b = 2; } { a = 1; b = 2; } ]; }
  { name = "unionOfDisjoint"; expr = lib.attrsets.unionOfDisjoint { a = 1; } { b = 2; }; expected = { a = 1; b = 2; }; }
  { name = "unionOfDisjoint-collision-names"; expr = builtins.attrNames (lib.attrsets.unionOfDisjoint { a = 1; c = 0; } { a = 2; b = 3; }); expected = [ "a" "b" "c" ]; }
  { name = "unionOfDisjoint-collision"; expr = (builtins.tryEval (lib.attrsets.unionOfDisjoint { a = 1; } { a = 2; }).a).success; expected = false; }
  { name = "unionOfDisjoint-other"; expr = (lib.attrsets.unionOfDisjoint { a = 1; c = 0; } { a = 2; b = 3; }).b; expected = 3; }
  {
    name = "foldlAttrs";
    expr = lib.foldlAttrs (acc: name: value: { sum = acc.sum + value; names = acc.names ++ [ name ]; }) { sum = 0; names = [ ]; } { foo = 1; bar = 10; };
    expected = { sum = 11; names = [ "bar" "foo" ]; };
  }
  { name = "foldlAttrs-empty"; expr = lib.foldlAttrs (throw "function not needed") 123 { }; expected = 123; }
  { name = "foldlAttrs-lazy-values"; expr = lib.foldlAttrs (acc: _: _: acc) 3 { z = throw "value not needed"; a = throw "value not needed"; }; expected = 3; }
  { name = "foldAttrs"; expr = lib.foldAttrs (item: acc: [ item ] ++ acc) [ ] [ { a = 2; } { a = 3; } ]; expected = { a = [ 2 3 ]; }; }
  { name = "foldAttrs-sum"; expr = lib.foldAttrs (n: a: n + a) 0 [ { a = 1; b = 2; } { a = 10; } { b = 5; c = 7; } ]; expected = { a = 11; b = 7; c = 7; }; }
  { name = "collect"; expr = lib.collect builtins.isList { a = { b = [ "b" ]; }; c = [ 1 ]; }; expected = [ [ "b" ] [ 1 ] ]; }
  { name = "collect-outPath"; expr = lib.collect (x: x ? outPath) { a = { outPath = "a/"; }; b = { outPath = "b/"; }; }; expected = [ { outPath = "a/"; } { outPath = "b/"; } ]; }
  {
    name = "cartesianProduct";
    expr = lib.cartesianProduct { a = [ 1 2 ]; b = [ 10 20 ]; };
    expected = [ { a = 1; b = 10; } { a = 1; b = 20; } { a = 2; b = 10; } { a = 2; b = 20; } ];
  }
  { name = "cartesianProduct-empty"; expr = [ (lib.cartesianProduct { }) (lib.cartesianProduct { a = [ ]; b = [ 1 ]; }) ]; expected = [ [ { } ] [ ] ]; }
  { name = "cartesianProductOfSets"; expr = lib.cartesianProductOfSets { a = [ 1 ]; b = [ 2 3 ]; }; expected = [ { a = 1; b = 2; } { a = 1; b = 3; } ]; }
  { name = "mapCartesianProduct"; expr = lib.mapCartesianProduct ({ a, b }: "${a}-${b}") { a = [ "1" "2" ]; b = [ "3" "4" ]; }; expected = [ "1-3" "1-4" "2-3" "2-4" ]; }
]
