# INI keys hold atoms, not sets.
{ lib }:
(lib.evalModules {
  modules = [ ./formats-err-common/options.nix { _file = ./formats-err-ini-nested.nix; ini.general.log = { level = "info"; }; } ];
}).config
