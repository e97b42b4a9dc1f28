# An undeclared option in an attrsOf submodule value: the path names the attribute.
{ lib }:
(lib.evalModules {
  modules = [ ./err-common/web.nix { _file = ./err-undefined-submodule.nix; services.web.virtualHosts.main.serverNmae = "a.example"; } ];
}).config
