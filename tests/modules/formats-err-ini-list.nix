# Without listsAsDuplicateKeys or listToValue an INI key takes no list.
{ lib }:
(lib.evalModules {
  modules = [ ./formats-err-common/options.nix { _file = ./formats-err-ini-list.nix; ini.general.hosts = [ "a" "b" ]; } ];
}).config
