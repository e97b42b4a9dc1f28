# A wrong type inside an attrsOf submodule value (nullOr str given an int).
{ lib }:
(lib.evalModules {
  modules = [ ./err-common/web.nix { _file = ./err-wrong-type-submodule.nix; services.web.virtualHosts.site.root = 5; } ];
}).config
