# A non-attribute-set definition where a set of options is declared.
{ lib }:
(lib.evalModules {
  modules = [ ./err-common/web.nix { _file = ./err-not-attrset-def.nix; services.web = true; } ];
}).config
