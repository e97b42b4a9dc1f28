# submodule definitions from several files merge: shorthand sets, functions, `name`, `config`, a path module.
{ lib }:
(lib.evalModules {
  modules = [ ./types-submodule/options.nix ./types-submodule/a.nix ./types-submodule/b.nix ];
}).config
