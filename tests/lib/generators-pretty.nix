let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
  g = lib.generators;
  pretty = g.toPretty { };
  oneLine = g.toPretty { multiline = false; };
in
check [
  { name = "scalars"; expr = map pretty [ 1 (-3) "s" true false null 1.5 ]; expected = [ "1" "-3" "\"s\"" "true" "false" "null" "1.5" ]; }
  { name = "path"; expr = pretty /tmp/some/where; expected = "/tmp/some/where"; }
  { name = "list"; expr = pretty [ 1 2 ]; expected = "[\n  1\n  2\n]"; }
  { name = "empty"; expr = [ (pretty [ ]) (pretty { }) (oneLine [ ]) (oneLine { }) ]; expected = [ "[ ]" "{ }" "[ ]" "{ }" ]; }
  { name = "attrs"; expr = pretty { a = 1; b = [ "x" ]; }; expected = "{\n  a = 1;\n  b = [\n    \"x\"\n  ];\n}"; }
  { name = "one-line"; expr = oneLine { a = 1; b = [ "x" { c = null; } ]; }; expected = "{ a = 1; b = [ \"x\" { c = null; } ]; }"; }
  { name = "quoted-names"; expr = pretty { "a b" = 1; "0x" = 2; ok-name = 3; }; expected = "{\n  \"0x\" = 2;\n  \"a b\" = 1;\n  ok-name = 3;\n}"; }
  { name = "functions"; expr = [ (pretty (x: x)) (pretty ({ a, b ? 1 }: a)) (pretty { __functor = self: x: x; }) ]; expected = [ "<function>" "<function, args: {a, b?}>" "<function>" ]; }
  { name = "derivation"; expr = [ (pretty { type = "derivation"; name = "hello-2.10"; }) (pretty { type = "derivation"; }) ]; expected = [ "<derivation hello-2.10>" "<derivation ???>" ]; }
  { name = "string-escapes"; expr = pretty "a\"b\\c\${d}"; expected = "\"a\\\"b\\\\c\\\${d}\""; }
  { name = "multiline-string"; expr = [ (pretty "a\nb") (pretty "a\nb\n") (oneLine "a\nb") ]; expected = [ "''\n  a\n  b''" "''\n  a\n  b\n''" "\"a\\nb\"" ]; }
  { name = "multiline-string-escapes"; expr = pretty "a''b\n\${x}"; expected = "''\n  a'''b\n  ''\${x}''"; }
  { name = "multiline-string-nested"; expr = pretty { s = "x\ny\n"; }; expected = "{\n  s = ''\n    x\n    y\n  '';\n}"; }
  { name = "indent"; expr = g.toPretty { indent = "  "; } [ 1 ]; expected = "[\n    1\n  ]"; }
  { name = "allowPrettyValues"; expr = [ (g.toPretty { allowPrettyValues = true; } { __pretty = v: "<${v}>"; val = "x"; }) (oneLine { __pretty = v: "<${v}>"; val = "x"; }) ]; expected = [ "<x>" "{ __pretty = <function>; val = \"x\"; }" ]; }
  {
    name = "withRecursion";
    expr = let a = { b = 1; c = a; }; in pretty (g.withRecursion { throwOnDepthLimit = false; depthLimit = 2; } a);
    expected = "{\n  b = 1;\n  c = {\n    b = \"<unevaluated>\";\n    c = {\n      b = \"<unevaluated>\";\n      c = \"<unevaluated>\";\n    };\n  };\n}";
  }
  { name = "withRecursion-throws"; expr = (builtins.tryEval (builtins.deepSeq (g.withRecursion { depthLimit = 1; } { a.b.c = 1; }) 1)).success; expected = false; }
  { name = "withRecursion-shallow"; expr = g.withRecursion { depthLimit = 5; } { a.b = [ 1 ]; }; expected = { a.b = [ 1 ]; }; }
]
