# A default of the wrong type is reported against the declaring file.
{ lib }:
(lib.evalModules {
  modules = [ { _file = ./err-wrong-type-default.nix; options.workers = lib.mkOption { type = lib.types.ints.positive; default = 0; }; } ];
}).config
