# A nested list in `imports'.
{ lib }:
(lib.evalModules {
  modules = [ ./err-nested-imports/main.nix ];
}).config
