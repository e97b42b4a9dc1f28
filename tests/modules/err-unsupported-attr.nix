# A module with `config' and another top-level attribute.
{ lib }:
(lib.evalModules {
  modules = [ ./err-common/web.nix ./err-unsupported-attr/mod.nix ];
}).config
