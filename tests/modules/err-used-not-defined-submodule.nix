# A listOf submodule entry that leaves out a required option.
{ lib }:
(lib.evalModules {
  modules = [ ./err-common/web.nix { _file = ./err-used-not-defined-submodule.nix; services.web.listen = [ { } ]; } ];
}).config.services.web.listen
