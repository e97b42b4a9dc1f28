# anything refuses an int and a string for the same nested attribute.
{ lib }:
(lib.evalModules {
  modules = [ ./types-err-anything-kinds/opt.nix ./types-err-anything-kinds/a.nix ./types-err-anything-kinds/b.nix ];
}).config
