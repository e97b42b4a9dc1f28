# types.jsonValue (nomix's name for the type of JSON data, as NixOS's
# pkgs.formats.json gives it): sets merged key by key, lists joined,
# scalars must agree, anything else rejected.
{ lib }:
let
  t = lib.types.jsonValue;
  eval = lib.evalModules { modules = [ ./types-jsonvalue/a.nix ./types-jsonvalue/b.nix ]; };
in
{
  inherit (eval.config) settings;
  description = t.description;
  checks = map t.check [ 1 "s" null true 1.5 [ 1 ] { a = [ { b = null; } ]; } (x: x) ];
}
