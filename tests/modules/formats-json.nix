# formats.json: settings merged from two modules (sets key by key, lists
# joined) and generated as jq lays JSON out. `file` is the store path of the
# generated file: its hash pins its text, which is `text` (readFile cannot
# read it back: like nix-instantiate --eval, nomix writes no store path).
{ lib }:
let
  fmt = lib.formats.json { };
  eval = lib.evalModules { modules = [ ./formats-json/a.nix ./formats-json/b.nix ]; };
  text = lib.generators.toPrettyJSON { } eval.config.settings;
in
{
  inherit (eval.config) settings file;
  inherit text;
  generated = eval.config.file == builtins.toFile "agent.json" text;
  description = fmt.type.description;
  attrs = builtins.attrNames fmt;
}
