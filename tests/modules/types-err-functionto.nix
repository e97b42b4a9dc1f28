# the result of a functionTo definition is checked when the merged function is applied.
{ lib }:
(lib.evalModules {
  modules = [ ./types-err-functionto/opt.nix ./types-err-functionto/a.nix ];
}).config.gen "text"
