# With listToValue a key takes a non-empty list.
{ lib }:
(lib.evalModules {
  modules = [ ./formats-err-common/options.nix { _file = ./formats-err-keyvalue-empty-list.nix; keyValue = { }; keyValueJoined.ARGS = [ ]; } ];
}).config
