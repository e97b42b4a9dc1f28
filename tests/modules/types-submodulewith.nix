# submoduleWith: specialArgs reach its modules; without shorthandOnlyDefinesConfig a definition may declare options.
{ lib }:
(lib.evalModules {
  modules = [ ./types-submodulewith/options.nix ./types-submodulewith/defs.nix ];
}).config
