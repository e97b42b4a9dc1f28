# in a submodule (shorthandOnlyDefinesConfig), a set definition is config only: `options' there is undeclared.
{ lib }:
(lib.evalModules {
  modules = [ ./types-err-submodule-shorthand/opt.nix ./types-err-submodule-shorthand/a.nix ];
}).config
