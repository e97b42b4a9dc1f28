# A key=value file holds atoms, not sets.
{ lib }:
(lib.evalModules {
  modules = [ ./formats-err-common/options.nix { _file = ./formats-err-keyvalue-set.nix; keyValue.OPTIONS = { a = 1; }; } ];
}).config
