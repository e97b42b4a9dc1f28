# an empty list is not a non-empty list; the description is parenthesised.
{ lib }:
(lib.evalModules {
  modules = [ ./types-err-nonemptylist/opt.nix ./types-err-nonemptylist/a.nix ];
}).config
