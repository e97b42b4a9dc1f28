# A module that asks for an argument nobody provides.
{ lib }:
(lib.evalModules {
  modules = [ ./err-common/web.nix ./err-undefined-arg/needs-pkgs.nix ];
}).config
