# formats.hcl: settings merged from two modules (sets key by key, lists
# joined), as for Nomad's agent configuration.
{ lib }:
let
  fmt = lib.formats.hcl { };
  eval = lib.evalModules { modules = [ ./formats-hcl/a.nix ./formats-hcl/b.nix ]; };
in
{
  inherit (eval.config) settings;
  description = fmt.type.description;
  attrs = builtins.attrNames fmt;
}
