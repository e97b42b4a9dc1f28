# number cannot merge an int with a float: neither side of either takes both.
{ lib }:
(lib.evalModules {
  modules = [ ./types-err-number-mixed/opt.nix ./types-err-number-mixed/a.nix ./types-err-number-mixed/b.nix ];
}).config
