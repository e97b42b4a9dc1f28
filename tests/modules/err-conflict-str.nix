# A str option defined twice with different values.
{ lib }:
(lib.evalModules {
  modules = [
    ./err-common/web.nix
    { _file = ./err-conflict-str/a.nix; services.web.user = "www"; }
    { _file = ./err-conflict-str/b.nix; services.web.user = "nginx"; }
  ];
}).config
