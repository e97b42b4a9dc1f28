# A function in a list is no TOML value.
{ lib }:
(lib.evalModules {
  modules = [ ./formats-err-common/options.nix { _file = ./formats-err-toml-function.nix; toml.handlers = [ "a" (x: x) ]; } ];
}).config
