# A module argument nobody provides is an error once the module uses it.
{ lib }:
(lib.evalModules {
  modules = [ ./mod-missing-arg/options.nix ./mod-missing-arg/uses-pkgs.nix ];
}).config
