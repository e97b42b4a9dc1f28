# formats.toml: settings merged from two modules and generated as TOML
# (inline keys first, then [tables] and [[arrays of tables]]). `file` is the
# store path of the generated file, whose hash pins `text`.
{ lib }:
let
  fmt = lib.formats.toml { };
  eval = lib.evalModules { modules = [ ./formats-toml/a.nix ./formats-toml/b.nix ]; };
  inherit (eval.config) settings;
  text = lib.generators.toTOML { } settings;
in
{
  inherit settings text;
  file = fmt.generate "web.toml" settings;
  generated = fmt.generate "web.toml" settings == builtins.toFile "web.toml" text;
  readsBack = builtins.fromTOML text == settings;
  description = fmt.type.description;
  checks = map fmt.type.check [ 1 "s" true 1.5 [ 1 ] { a = [ { b = 1; } ]; } null (x: x) ];
}
