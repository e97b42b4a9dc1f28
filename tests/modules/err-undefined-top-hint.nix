# A top-level definition with a typo of a declared name (`service' for `services').
{ lib }:
(lib.evalModules {
  modules = [ ./err-common/web.nix { _file = ./err-undefined-top-hint.nix; service.web.enable = true; } ];
}).config
