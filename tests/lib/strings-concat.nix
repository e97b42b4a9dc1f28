let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
in
check [
  { name = "concatStrings"; expr = [ (lib.concatStrings [ "foo" "bar" ]) (lib.concatStrings [ ]) ]; expected = [ "foobar" "" ]; }
  { name = "concatMapStrings"; expr = lib.concatMapStrings (x: "a" + x) [ "foo" "bar" ]; expected = "afooabar"; }
  { name = "concatImapStrings"; expr = lib.concatImapStrings (pos: x: "${toString pos}-${x}") [ "foo" "bar" ]; expected = "1-foo2-bar"; }
  { name = "intersperse"; expr = [ (lib.intersperse "/" [ "usr" "local" "bin" ]) (lib.intersperse "/" [ "x" ]) (lib.intersperse "/" [ ]) ]; expected = [ [ "usr" "/" "local" "/" "bin" ] [ "x" ] [ ] ]; }
  { name = "concatStringsSep"; expr = lib.concatStringsSep "/" [ "usr" "local" "bin" ]; expected = "usr/local/bin"; }
  { name = "concatMapStringsSep"; expr = lib.concatMapStringsSep "-" (x: lib.toUpper x) [ "foo" "bar" "baz" ]; expected = "FOO-BAR-BAZ"; }
  { name = "concatImapStringsSep"; expr = lib.concatImapStringsSep "-" (pos: x: toString (x / pos)) [ 6 6 6 ]; expected = "6-3-2"; }
  { name = "concatMapAttrsStringSep"; expr = lib.strings.concatMapAttrsStringSep "\n" (name: value: "${name}: foo-${value}") { a = "0.1.0"; b = "0.2.0"; }; expected = "a: foo-0.1.0\nb: foo-0.2.0"; }
  { name = "concatLines"; expr = [ (lib.concatLines [ "foo" "bar" ]) (lib.concatLines [ ]) ]; expected = [ "foo\nbar\n" "" ]; }
  { name = "strings.replicate"; expr = [ (lib.strings.replicate 3 "v") (lib.strings.replicate 5 "hello") (lib.strings.replicate 0 "x") ]; expected = [ "vvv" "hellohellohellohellohello" "" ]; }
  { name = "optionalString"; expr = [ (lib.optionalString true "some-string") (lib.optionalString false "some-string") ]; expected = [ "some-string" "" ]; }
  { name = "toJSON"; expr = lib.strings.toJSON { a = [ 1 "x" ]; }; expected = "{\"a\":[1,\"x\"]}"; }
]
