let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
in
check [
  { name = "escape"; expr = lib.escape [ "(" ")" ] "(foo)"; expected = "\\(foo\\)"; }
  { name = "escapeC"; expr = [ (lib.strings.escapeC [ " " ] "foo bar") (lib.strings.escapeC [ " " "=" ] "a b=c") ]; expected = [ "foo\\x20bar" "a\\x20b\\x3dc" ]; }
  { name = "escapeURL"; expr = lib.escapeURL "foo/bar baz"; expected = "foo%2Fbar%20baz"; }
  { name = "escapeURL-reserved"; expr = lib.escapeURL "?&=#+%!<>#\"{}|\\^[]`\t:/@$'()*,;"; expected = "%3F%26%3D%23%2B%25%21%3C%3E%23%22%7B%7D%7C%5C%5E%5B%5D%60%09%3A%2F%40%24%27%28%29%2A%2C%3B"; }
  { name = "escapeURL-unreserved"; expr = lib.escapeURL "AZaz09-_.~"; expected = "AZaz09-_.~"; }
  { name = "escapeShellArg"; expr = lib.escapeShellArg "esc'ape\nme"; expected = "'esc'\\''ape\nme'"; }
  { name = "escapeShellArg-plain"; expr = [ (lib.escapeShellArg "safe") (lib.escapeShellArg "/usr/bin/env") (lib.escapeShellArg "") (lib.escapeShellArg "a b") (lib.escapeShellArg 42) ]; expected = [ "safe" "/usr/bin/env" "''" "'a b'" "42" ]; }
  { name = "escapeShellArgs"; expr = lib.escapeShellArgs [ "one" "two three" "four'five" ]; expected = "one 'two three' 'four'\\''five'"; }
  { name = "escapeNixString"; expr = lib.strings.escapeNixString "hello\${}\n"; expected = "\"hello\\\${}\\n\""; }
  { name = "escapeRegex"; expr = lib.escapeRegex "[^a-z]*"; expected = "\\[\\^a-z]\\*"; }
  { name = "escapeNixIdentifier"; expr = [ (lib.strings.escapeNixIdentifier "hello") (lib.strings.escapeNixIdentifier "0abc") (lib.strings.escapeNixIdentifier "foo-bar'") (lib.strings.escapeNixIdentifier "a.b") ]; expected = [ "hello" "\"0abc\"" "foo-bar'" "\"a.b\"" ]; }
  { name = "escapeXML"; expr = lib.escapeXML ''"test" 'test' < & >''; expected = "&quot;test&quot; &apos;test&apos; &lt; &amp; &gt;"; }
  { name = "replaceChars"; expr = lib.replaceChars [ "a" "o" ] [ "4" "0" ] "foobar"; expected = "f00b4r"; }
  { name = "replaceStrings"; expr = lib.replaceStrings [ "oo" ] [ "u" ] "foo"; expected = "fu"; }
  { name = "isValidPosixName"; expr = map lib.isValidPosixName [ "foo_bar000" "0-bad.jpg" "_x" "a-b" ]; expected = [ true false true false ]; }
  { name = "toShellVar"; expr = [ (lib.toShellVar "foo" "some string") (lib.toShellVar "n" 3) ]; expected = [ "foo='some string'" "n=3" ]; }
  { name = "toShellVar-list"; expr = lib.toShellVar "arr" [ "a" "b c" ]; expected = "declare -a arr=(a 'b c')"; }
  { name = "toShellVar-set"; expr = lib.toShellVar "map" { k = "v w"; "x y" = "z"; }; expected = "declare -A map=([k]='v w' ['x y']=z)"; }
  { name = "toShellVar-bad-name"; expr = (builtins.tryEval (lib.toShellVar "not-valid" "x")).success; expected = false; }
  { name = "toShellVars"; expr = lib.toShellVars { a = "1"; b = [ "x y" ]; }; expected = "a=1\ndeclare -a b=('x y')"; }
  { name = "charToInt"; expr = map lib.strings.charToInt [ "A" " " "\n" "~" ]; expected = [ 65 32 10 126 ]; }
]
