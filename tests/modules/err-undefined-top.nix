# A top-level definition that nobody declared and that is close to no declared name.
{ lib }:
(lib.evalModules {
  modules = [ ./err-common/web.nix { _file = ./err-undefined-top.nix; frobnicate = 1; } ];
}).config
