# A bool option defined true and false.
{ lib }:
(lib.evalModules {
  modules = [
    ./err-common/web.nix
    { _file = ./err-conflict-bool/a.nix; services.web.enable = true; }
    { _file = ./err-conflict-bool/b.nix; services.web.enable = false; }
  ];
}).config
