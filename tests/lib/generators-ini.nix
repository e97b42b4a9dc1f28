let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
  g = lib.generators;
in
check [
  { name = "mkValueStringDefault"; expr = map (g.mkValueStringDefault { }) [ 1 "s" true false null 1.5 ]; expected = [ "1" "s" "true" "false" "null" "1.500000" ]; }
  { name = "mkValueStringDefault-derivation"; expr = g.mkValueStringDefault { } { type = "derivation"; outPath = "/store/x"; }; expected = "/store/x"; }
  { name = "mkKeyValueDefault"; expr = [ (g.mkKeyValueDefault { } "=" "key" 5) (g.mkKeyValueDefault { } "=" "a=b" "c") (g.mkKeyValueDefault { } ": " "k" true) ]; expected = [ "key=5" "a\\=b=c" "k: true" ]; }
  { name = "mkKeyValueDefault-mkValueString"; expr = g.mkKeyValueDefault { mkValueString = v: "<${toString v}>"; } "=" "k" 1; expected = "k=<1>"; }
  { name = "toKeyValue"; expr = g.toKeyValue { } { foo = "bar"; baz = 1; }; expected = "baz=1\nfoo=bar\n"; }
  { name = "toKeyValue-duplicates"; expr = g.toKeyValue { listsAsDuplicateKeys = true; } { a = [ 1 2 ]; b = "x"; }; expected = "a=1\na=2\nb=x\n"; }
  { name = "toKeyValue-indent-sep"; expr = g.toKeyValue { indent = "  "; mkKeyValue = g.mkKeyValueDefault { } ": "; } { a = true; b = null; }; expected = "  a: true\n  b: null\n"; }
  { name = "toKeyValue-empty"; expr = g.toKeyValue { } { }; expected = ""; }
  {
    name = "toINI";
    expr = g.toINI { } { foo = { hi = "hello"; ciao = "bar"; }; baz = { "also, integers" = 42; }; };
    expected = "[baz]\nalso, integers=42\n\n[foo]\nciao=bar\nhi=hello\n";
  }
  { name = "toINI-section-name"; expr = g.toINI { } { "a[b]" = { k = "v"; }; }; expected = "[a\\[b\\]]\nk=v\n"; }
  { name = "toINI-options"; expr = g.toINI { mkSectionName = lib.toUpper; listsAsDuplicateKeys = true; mkKeyValue = g.mkKeyValueDefault { } " = "; } { s = { k = [ "x" "y" ]; }; }; expected = "[S]\nk = x\nk = y\n"; }
  { name = "toINI-empty"; expr = g.toINI { } { }; expected = ""; }
  {
    name = "toINIWithGlobalSection";
    expr = g.toINIWithGlobalSection { } { globalSection = { someGlobalKey = "hi"; }; sections = { foo = { hi = "x"; ciao = "bar"; }; baz = { "also, integers" = 42; }; }; };
    expected = "someGlobalKey=hi\n\n[baz]\nalso, integers=42\n\n[foo]\nciao=bar\nhi=x\n";
  }
  { name = "toINIWithGlobalSection-no-global"; expr = g.toINIWithGlobalSection { } { globalSection = { }; sections = { s = { a = 1; }; }; }; expected = "[s]\na=1\n"; }
  { name = "toINIWithGlobalSection-only-global"; expr = g.toINIWithGlobalSection { } { globalSection = { a = 1; }; }; expected = "a=1\n\n"; }
  {
    name = "toGitINI";
    expr = g.toGitINI { url."ssh://git@github.com/".insteadOf = "https://github.com"; user.name = "edolstra"; };
    expected = "[url \"ssh://git@github.com/\"]\n\tinsteadOf = \"https://github.com\"\n\n[user]\n\tname = \"edolstra\"\n";
  }
  {
    name = "toGitINI-subsections";
    expr = g.toGitINI { core.autocrlf = false; branch.main.remote = "origin"; alias.co = "checkout"; core.abbrev = 12; };
    expected = "[alias]\n\tco = \"checkout\"\n\n[branch \"main\"]\n\tremote = \"origin\"\n\n[core]\n\tabbrev = 12\n\tautocrlf = false\n";
  }
  { name = "toGitINI-deep"; expr = g.toGitINI { a.b.c.d = 1; }; expected = "[a \"b.c\"]\n\td = 1\n"; }
  { name = "toGitINI-list"; expr = g.toGitINI { user.email = [ "a" "b" ]; }; expected = "[user]\n\temail = \"a\"\n\temail = \"b\"\n"; }
  { name = "toGitINI-escapes"; expr = g.toGitINI { a.b = "x\"y\\z\n\tw"; }; expected = "[a]\n\tb = \"x\\\"y\\\\z\\n\\tw\"\n"; }
  { name = "toJSON"; expr = g.toJSON { } { a = 1; b = [ true null "s" ]; }; expected = "{\"a\":1,\"b\":[true,null,\"s\"]}"; }
  { name = "toYAML"; expr = g.toYAML { } { a = 1; b = [ true null "s" ]; }; expected = "{\"a\":1,\"b\":[true,null,\"s\"]}"; }
]
