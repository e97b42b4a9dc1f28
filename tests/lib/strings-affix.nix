let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
in
check [
  { name = "hasPrefix"; expr = [ (lib.hasPrefix "foo" "foobar") (lib.hasPrefix "foo" "barfoo") (lib.hasPrefix "" "x") (lib.hasPrefix "long" "lo") ]; expected = [ true false true false ]; }
  { name = "hasSuffix"; expr = [ (lib.hasSuffix "foo" "foobar") (lib.hasSuffix "foo" "barfoo") (lib.hasSuffix "" "x") (lib.hasSuffix "long" "ng") ]; expected = [ false true true false ]; }
  { name = "hasInfix"; expr = map (s: lib.hasInfix "ab" s) [ "ab" "abc" "cab" "cabd" "bcd" "a" ]; expected = [ true true true true false false ]; }
  { name = "hasInfix-empty"; expr = [ (lib.hasInfix "" "abc") (lib.hasInfix "" "") (lib.hasInfix "a.b" "xa.by") (lib.hasInfix "a.b" "xaxby") ]; expected = [ true true true false ]; }
  { name = "removePrefix"; expr = [ (lib.removePrefix "foo." "foo.bar.baz") (lib.removePrefix "xxx" "foo.bar.baz") ]; expected = [ "bar.baz" "foo.bar.baz" ]; }
  { name = "removeSuffix"; expr = [ (lib.removeSuffix "front" "homefront") (lib.removeSuffix "xxx" "homefront") ]; expected = [ "home" "homefront" ]; }
  { name = "splitString"; expr = [ (lib.splitString "." "foo.bar.baz") (lib.splitString "/" "/usr/local/bin") ]; expected = [ [ "foo" "bar" "baz" ] [ "" "usr" "local" "bin" ] ]; }
  { name = "splitString-special"; expr = [ (lib.splitString "*" "a*b") (lib.splitString ", " "a, b,c") (lib.splitString "x" "") ]; expected = [ [ "a" "b" ] [ "a" "b,c" ] [ "" ] ]; }
  { name = "trim"; expr = [ (lib.trim "   hello, world!   ") (lib.trim "\t\n x \r\n") (lib.trim "   ") (lib.trim "") ]; expected = [ "hello, world!" "x" "" "" ]; }
  { name = "trimWith"; expr = [ (lib.trimWith { start = true; } "   hello, world!   ") (lib.trimWith { end = true; } "   hello, world!   ") (lib.trimWith { } "  a ") ]; expected = [ "hello, world!   " "   hello, world!" "  a " ]; }
  { name = "stringToCharacters"; expr = [ (lib.stringToCharacters "") (lib.stringToCharacters "abc") ]; expected = [ [ ] [ "a" "b" "c" ] ]; }
  { name = "stringAsChars"; expr = lib.stringAsChars (c: if c == "a" then "b" else c) "fooabar"; expected = "foobbbr"; }
  { name = "addContextFrom"; expr = lib.addContextFrom "a" "b"; expected = "b"; }
]
