# An INI section is a set of keys.
{ lib }:
(lib.evalModules {
  modules = [ ./formats-err-common/options.nix { _file = ./formats-err-ini-section.nix; ini.general = "verbose"; } ];
}).config
