let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
in
check [
  { name = "foldr"; expr = lib.foldr (a: b: a + b) "z" [ "a" "b" "c" ]; expected = "abcz"; }
  { name = "foldr-types"; expr = lib.foldr (int: str: toString (int + 1) + str) "a" [ 1 2 3 4 ]; expected = "2345a"; }
  { name = "foldr-empty"; expr = lib.foldr (a: b: a + b) 0 [ ]; expected = 0; }
  { name = "fold"; expr = lib.fold (x: acc: [ x ] ++ acc) [ ] [ 1 2 3 ]; expected = [ 1 2 3 ]; }
  { name = "foldl"; expr = lib.foldl (a: b: a + b) "z" [ "a" "b" "c" ]; expected = "zabc"; }
  { name = "foldl-types"; expr = lib.foldl (str: int: str + toString (int + 1)) "a" [ 1 2 3 4 ]; expected = "a2345"; }
  { name = "foldl'"; expr = lib.foldl' (acc: x: acc + x) 0 [ 1 2 3 ]; expected = 6; }
  { name = "foldl'-order"; expr = lib.foldl' (acc: x: acc ++ [ x ]) [ 0 ] [ 1 2 ]; expected = [ 0 1 2 ]; }
  { name = "count"; expr = lib.count (x: x == 3) [ 3 2 3 4 6 ]; expected = 2; }
  { name = "any-all"; expr = [ (lib.any builtins.isString [ 1 "a" { } ]) (lib.any builtins.isString [ 1 { } ]) (lib.all (x: x < 3) [ 1 2 ]) (lib.all (x: x < 3) [ 1 2 3 ]) ]; expected = [ true false true false ]; }
  { name = "partition"; expr = lib.partition (x: x > 2) [ 5 1 2 3 4 ]; expected = { right = [ 5 3 4 ]; wrong = [ 1 2 ]; }; }
  { name = "groupBy"; expr = lib.groupBy (x: lib.boolToString (x > 2)) [ 5 1 2 3 4 ]; expected = { true = [ 5 3 4 ]; false = [ 1 2 ]; }; }
  {
    name = "groupBy-records";
    expr = lib.groupBy (x: x.name) [
      { name = "icewm"; script = "icewm &"; }
      { name = "xfce"; script = "xfce4-session &"; }
      { name = "icewm"; script = "icewmbg &"; }
      { name = "mate"; script = "gnome-session &"; }
    ];
    expected = {
      icewm = [ { name = "icewm"; script = "icewm &"; } { name = "icewm"; script = "icewmbg &"; } ];
      mate = [ { name = "mate"; script = "gnome-session &"; } ];
      xfce = [ { name = "xfce"; script = "xfce4-session &"; } ];
    };
  }
  { name = "groupBy'"; expr = lib.groupBy' builtins.add 0 (x: lib.boolToString (x > 2)) [ 5 1 2 3 4 ]; expected = { true = 12; false = 3; }; }
  { name = "unique"; expr = [ (lib.unique [ 3 2 3 4 ]) (lib.unique [ ]) (lib.unique [ "a" "a" ]) ]; expected = [ [ 3 2 4 ] [ ] [ "a" ] ]; }
  { name = "allUnique"; expr = [ (lib.allUnique [ 3 2 3 4 ]) (lib.allUnique [ 3 2 4 1 ]) ]; expected = [ false true ]; }
]
