# Checks of lib.hcl as a library: where it is, its options, its errors
# being catchable, and round trips. Each check is { name, expr, expected }.
{ lib }:

let
  inherit (builtins) isFloat stringLength tryEval;
  fails = e: !(tryEval e).success;
  roundTrip = v: lib.fromHCL (lib.toHCL v);
in
[
  # where it is
  { name = "lib.fromHCL"; expr = lib.fromHCL "a = 1"; expected = { a = 1; }; }
  { name = "lib.hcl.fromHCL"; expr = lib.hcl.fromHCL "a { b = true }"; expected = { a = { b = true; }; }; }
  { name = "lib.toHCL"; expr = lib.toHCL { a = 1; }; expected = "a = 1\n"; }
  { name = "lib.hcl.toHCL"; expr = lib.hcl.toHCL { a = { b = "c"; }; }; expected = "a {\n  b = \"c\"\n}\n"; }
  { name = "lib.generators.toHCL takes options first"; expr = lib.generators.toHCL { } { a = 1; }; expected = "a = 1\n"; }
  { name = "__nomixFromHCL is not in builtins"; expr = builtins ? nomixFromHCL || builtins ? __nomixFromHCL; expected = false; }
  { name = "__nomixFromHCL is a global"; expr = __nomixFromHCL "x = 2"; expected = { x = 2; }; }

  # errors are thrown: tryEval catches them
  { name = "tryEval catches a syntax error"; expr = fails (lib.fromHCL "a ="); expected = true; }
  { name = "tryEval catches a conflict"; expr = fails (lib.fromHCL "a {}\na = 1"); expected = true; }
  { name = "tryEval catches a bad escape"; expr = fails (lib.fromHCL "a = \"\\q\""); expected = true; }
  { name = "toHCL wants a set"; expr = fails (lib.toHCL [ 1 ]); expected = true; }
  { name = "toHCL: a function fails"; expr = fails (lib.toHCL { f = x: x; }); expected = true; }
  { name = "toHCL: null in a list fails"; expr = fails (lib.toHCL { l = [ null ]; }); expected = true; }
  { name = "toHCL: a labelled name with a non-set value fails"; expr = fails (lib.toHCL { plugin = { docker = 1; }; }); expected = true; }

  # options
  { name = "labelled: a name of one's own";
    expr = lib.hcl.toHCLWith { labelled = [ "service" ]; } { service = { web = { port = 80; }; }; };
    expected = "service \"web\" {\n  port = 80\n}\n"; }
  { name = "labelled: none";
    expr = lib.hcl.toHCLWith { labelled = [ ]; } { plugin = { docker = { }; }; };
    expected = "plugin {\n  docker {}\n}\n"; }
  { name = "labelledBlocks"; expr = lib.hcl.labelledBlocks; expected = [ "filter" "host_network" "host_volume" "keyring" "plugin" "sink" ]; }

  # small things toHCL does
  { name = "empty set"; expr = lib.toHCL { }; expected = ""; }
  { name = "null attributes are left out"; expr = lib.toHCL { a = null; b = 1; c = { d = null; }; }; expected = "b = 1\n\nc {}\n"; }
  { name = "paths are strings"; expr = lib.toHCL { p = /etc/nomad.d; }; expected = "p = \"/etc/nomad.d\"\n"; }
  { name = "an empty labelled set writes nothing"; expr = lib.toHCL { host_volume = { }; x = 1; }; expected = "x = 1\n"; }

  # round trips through fromHCL
  { name = "round trip of plain data";
    expr = let v = { a = 1; b = -2.5; c = "x\ny"; d = [ 1 "two" [ 3 ] ]; e = { f = true; g = { h = [ ]; }; }; plugin = { docker = { config = { x = 1; }; }; }; }; in roundTrip v == v;
    expected = true; }
  { name = "round trip: ${"$"}{, %{ and $${ stay text";
    expr = (roundTrip { a = "\${x} %{y} $${z} \${"; }).a; expected = "\${x} %{y} $${z} \${"; }
  { name = "round trip: control characters";
    expr = let s = builtins.fromJSON "\"\\u0001\\u001f\\u007f\\r\\t\\\"\\\\\""; in (roundTrip { inherit s; }).s == s;
    expected = true; }
  { name = "round trip: floats exactly";
    expr = let v = { a = 0.1 + 0.2; b = 1.0 / 3.0; c = 1.0e-300; d = 123456789.125; e = 100.0; }; r = roundTrip v; in r == v && isFloat r.e;
    expected = true; }
  { name = "round trip: a heredoc";
    expr = let s = "line 1\n  line 2\n\nEOFX\n"; in { text = lib.toHCL { inherit s; }; back = (roundTrip { inherit s; }).s; };
    expected = { text = "s = <<EOF\nline 1\n  line 2\n\nEOFX\nEOF\n"; back = "line 1\n  line 2\n\nEOFX\n"; }; }
  { name = "a list of sets is repeated blocks, read back merged";
    expr = roundTrip { a = [ { x = 1; } { y = 2; } ]; }; expected = { a = { x = 1; y = 2; }; }; }

  # bytes HCL escapes can make
  { name = "octal and \\x escapes are bytes"; expr = map stringLength (builtins.attrValues (lib.fromHCL "a = \"\\377\"\nb = \"\\xff\"\nc = \"\\u00ff\"")); expected = [ 1 1 2 ]; }
  { name = "a surrogate escape is U+FFFD"; expr = (lib.fromHCL "a = \"\\ud800\"").a; expected = builtins.fromJSON "\"\\ufffd\""; }
  { name = "CRLF line ends"; expr = lib.fromHCL "a = <<EOF\r\nx\r\nEOF\r\nb = 1\r\n"; expected = { a = "x\n"; b = 1; }; }
  { name = "a string with context"; expr = lib.fromHCL "a = \"${builtins.toFile "x" "y"}\""; expected = { a = "${builtins.unsafeDiscardStringContext (builtins.toFile "x" "y")}"; }; }
]
