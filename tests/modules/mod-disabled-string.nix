# disabledModules by a string relative to `modulesPath' from specialArgs, and by an absolute string.
{ lib }:
(lib.evalModules {
  specialArgs.modulesPath = ./mod-disabled-string/nixos;
  modules = [ ./mod-disabled-string/host.nix ];
}).config
