let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
  fails = v: !(builtins.tryEval v).success;
in
check [
  { name = "toInt"; expr = [ (lib.toInt "1337") (lib.toInt "-4") (lib.toInt " 123 ") (lib.toInt "0") (lib.toInt "\n7\t") ]; expected = [ 1337 (-4) 123 0 7 ]; }
  { name = "toInt-leading-zero"; expr = fails (lib.toInt "00024"); expected = true; }
  { name = "toInt-float"; expr = fails (lib.toInt "3.14"); expected = true; }
  { name = "toInt-text"; expr = map (s: fails (lib.toInt s)) [ "abc" "" "12a" "- 1" "1 2" "99999999999999999999" ]; expected = [ true true true true true true ]; }
  { name = "toIntBase10"; expr = [ (lib.toIntBase10 "1337") (lib.toIntBase10 "-4") (lib.toIntBase10 " 123 ") (lib.toIntBase10 "00024") (lib.toIntBase10 "000") (lib.toIntBase10 "-007") ]; expected = [ 1337 (-4) 123 24 0 (-7) ]; }
  { name = "toIntBase10-bad"; expr = map (s: fails (lib.toIntBase10 s)) [ "3.14" "abc" "" ]; expected = [ true true true ]; }
  { name = "fixedWidthString"; expr = [ (lib.fixedWidthString 5 "0" (toString 15)) (lib.fixedWidthString 3 " " "abc") (lib.fixedWidthString 4 "-" "") ]; expected = [ "00015" "abc" "----" ]; }
  { name = "fixedWidthString-too-long"; expr = fails (lib.fixedWidthString 2 "0" "abc"); expected = true; }
  { name = "fixedWidthNumber"; expr = [ (lib.fixedWidthNumber 5 15) (lib.fixedWidthNumber 1 9) (lib.fixedWidthNumber 3 100) ]; expected = [ "00015" "9" "100" ]; }
  { name = "floatToString"; expr = [ (lib.strings.floatToString 1.5) (lib.strings.floatToString 0.000001) ]; expected = [ "1.500000" "0.000001" ]; }
]
