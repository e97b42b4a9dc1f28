# A function is no JSON value.
{ lib }:
(lib.evalModules {
  modules = [ ./formats-err-common/options.nix { _file = ./formats-err-json-function.nix; json.hooks.start = x: x; } ];
}).config
