# An undeclared option set under a declared set, close to no declared name: the whole value is shown.
{ lib }:
(lib.evalModules {
  modules = [ ./err-common/web.nix { _file = ./err-undefined-nested-far.nix; services.web.tuning.workers = 4; } ];
}).config
