# A list inside `imports' is an error that shows the importing file.
{ lib }:
(lib.evalModules {
  modules = [ ./mod-nested-list/host.nix ];
}).config
