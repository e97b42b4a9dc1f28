# anything does not concatenate two different lists: the definitions conflict.
{ lib }:
(lib.evalModules {
  modules = [ ./types-err-anything-lists/opt.nix ./types-err-anything-lists/a.nix ./types-err-anything-lists/b.nix ];
}).config
