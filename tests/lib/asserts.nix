let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
  fails = v: !(builtins.tryEval v).success;
in
check [
  { name = "assertMsg-true"; expr = lib.assertMsg true "not shown"; expected = true; }
  { name = "assertMsg-false"; expr = fails (lib.assertMsg false "failed"); expected = true; }
  { name = "assertMsg-in-assert"; expr = assert lib.assertMsg (1 + 1 == 2) "arithmetic"; "ok"; expected = "ok"; }
  { name = "assertOneOf-true"; expr = lib.assertOneOf "foo" "bar" [ "bar" "baz" ]; expected = true; }
  { name = "assertOneOf-false"; expr = fails (lib.assertOneOf "foo" "foobar" [ "bar" "baz" ]); expected = true; }
  { name = "assertEachOneOf-true"; expr = lib.asserts.assertEachOneOf "foo" [ "bar" "baz" ] [ "bar" "baz" "qux" ]; expected = true; }
  { name = "assertEachOneOf-false"; expr = fails (lib.asserts.assertEachOneOf "foo" [ "bar" "nope" ] [ "bar" "baz" ]); expected = true; }
  { name = "assertEachOneOf-empty"; expr = lib.asserts.assertEachOneOf "foo" [ ] [ "bar" ]; expected = true; }
]
