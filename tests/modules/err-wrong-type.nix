# One definition of the wrong type.
{ lib }:
(lib.evalModules {
  modules = [ ./err-common/web.nix { _file = ./err-wrong-type.nix; services.web.port = "eighty"; } ];
}).config
