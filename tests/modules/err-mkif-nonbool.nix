# mkIf with a string condition.
{ lib }:
(lib.evalModules {
  modules = [ ./err-common/web.nix { _file = ./err-mkif-nonbool.nix; services.web.enable = lib.mkIf "yes" true; } ];
}).config
