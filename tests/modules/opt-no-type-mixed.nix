# An untyped option defined as an int and as a string cannot be merged.
{ lib }:
(lib.evalModules {
  modules = [
    { options.thing = lib.mkOption { }; }
    { _file = ./opt-no-type-mixed.nix; thing = 1; }
    { _file = ./opt-no-type-mixed/other.nix; thing = "one"; }
  ];
}).config
