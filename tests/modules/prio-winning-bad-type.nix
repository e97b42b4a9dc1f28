# A winning definition of the wrong type is an error that shows only the winning definitions, with their files.
{ lib }:
(lib.evalModules {
  modules = [ ./prio-winning-bad-type/options.nix ./prio-winning-bad-type/host.nix ];
}).config
