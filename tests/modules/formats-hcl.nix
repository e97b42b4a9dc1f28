# formats.hcl: settings merged from two modules (sets key by key, lists
# joined), as for Nomad's agent configuration, and generated as HCL 1 by
# lib.toHCL. Null attributes are allowed (and left out of the file), null
# list elements are not. `file` is the store path of the generated file,
# whose hash pins `text`.
{ lib }:
let
  fmt = lib.formats.hcl { };
  eval = lib.evalModules { modules = [ ./formats-hcl/a.nix ./formats-hcl/b.nix ]; };
  inherit (eval.config) settings;
  text = lib.toHCL settings;
in
{
  inherit settings text;
  file = fmt.generate "nomad.hcl" settings;
  generated = fmt.generate "nomad.hcl" settings == builtins.toFile "nomad.hcl" text;
  readsBack = lib.fromHCL text == lib.filterAttrsRecursive (_: v: v != null) settings;
  description = fmt.type.description;
  attrs = builtins.attrNames fmt;
}
