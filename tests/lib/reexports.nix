let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
  s = lib.strings;
in
check [
  { name = "genericClosure"; expr = map (x: x.key) (lib.genericClosure { startSet = [ { key = 1; } ]; operator = x: if x.key < 4 then [ { key = x.key + 1; } ] else [ ]; }); expected = [ 1 2 3 4 ]; }
  { name = "strings.compareVersions"; expr = [ (s.compareVersions "1.0" "2.3") (s.compareVersions "2.3" "2.3") (s.compareVersions "2.5" "2.3") ]; expected = [ (-1) 0 1 ]; }
  { name = "strings.fromJSON-toJSON"; expr = [ (s.fromJSON "[1,\"a\"]") (s.toJSON [ 1 "a" ]) ]; expected = [ [ 1 "a" ] "[1,\"a\"]" ]; }
  { name = "strings.parseDrvName"; expr = s.parseDrvName "hello-2.10"; expected = { name = "hello"; version = "2.10"; }; }
  { name = "strings.storeDir"; expr = builtins.isString s.storeDir; expected = true; }
  { name = "strings.unsafeDiscardStringContext"; expr = s.unsafeDiscardStringContext "plain"; expected = "plain"; }
  { name = "strings.typeOf"; expr = map s.typeOf [ 1 "a" [ ] { } null ]; expected = [ "int" "string" "list" "set" "null" ]; }
  { name = "match-split"; expr = [ (lib.match "a(b)c" "abc") (lib.split "," "a,b") ]; expected = [ [ "b" ] [ "a" [ ] "b" ] ]; }
  { name = "substring-stringLength"; expr = [ (lib.substring 1 2 "abcd") (lib.stringLength "abcd") ]; expected = [ "bc" 4 ]; }
]
