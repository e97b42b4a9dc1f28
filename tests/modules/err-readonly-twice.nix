# A read-only option set twice.
{ lib }:
(lib.evalModules {
  modules = [
    { options.system.stateVersion = lib.mkOption { type = lib.types.str; readOnly = true; }; }
    { _file = ./err-readonly-twice/a.nix; system.stateVersion = "24.05"; }
    { _file = ./err-readonly-twice/b.nix; system.stateVersion = "24.11"; }
  ];
}).config
