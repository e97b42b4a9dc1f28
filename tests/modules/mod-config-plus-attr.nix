# A module with `config' and another top-level definition is an error naming the module's file.
{ lib }:
(lib.evalModules {
  modules = [ ./mod-config-plus-attr/options.nix ./mod-config-plus-attr/bad.nix ];
}).config
