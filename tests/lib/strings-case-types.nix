let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
in
check [
  { name = "toLower"; expr = [ (lib.toLower "HOME") (lib.toLower "MiXeD 123") ]; expected = [ "home" "mixed 123" ]; }
  { name = "toUpper"; expr = [ (lib.toUpper "home") (lib.toUpper "MiXeD 123") ]; expected = [ "HOME" "MIXED 123" ]; }
  { name = "toSentenceCase"; expr = [ (lib.toSentenceCase "home") (lib.toSentenceCase "hELLO wORLD") (lib.toSentenceCase "") ]; expected = [ "Home" "Hello world" "" ]; }
  { name = "lowerChars-upperChars"; expr = [ (builtins.length lib.lowerChars) (lib.head lib.lowerChars) (lib.last lib.upperChars) ]; expected = [ 26 "a" "Z" ]; }
  { name = "isStringLike"; expr = map lib.isStringLike [ "a" ./data { outPath = "/x"; } { __toString = _: "s"; } 1 [ ] ]; expected = [ true true true true false false ]; }
  { name = "isConvertibleWithToString"; expr = map lib.strings.isConvertibleWithToString [ 1 1.5 null true [ 1 "a" null ] { } [ { } ] "s" ]; expected = [ true true true true true false false true ]; }
  { name = "isCoercibleToString"; expr = map lib.strings.isCoercibleToString [ 1 { } ]; expected = [ true false ]; }
  {
    name = "isStorePath";
    expr = map lib.isStorePath [
      "/nix/store/d945ibfx9x185xf04b890y4f9g3cbb63-python-2.7.11"
      "/nix/store/d945ibfx9x185xf04b890y4f9g3cbb63-python-2.7.11/bin/python"
      "relative/path"
      1
    ];
    expected = [ true false false false ];
  }
  { name = "isString-isPath"; expr = [ (lib.isString "a") (lib.strings.isPath ./data) ]; expected = [ true true ]; }
]
