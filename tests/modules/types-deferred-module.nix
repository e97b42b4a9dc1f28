# deferredModule: definitions from two files become one module, imported into submodules later.
{ lib }:
let
  eval = lib.evalModules {
    modules = [ ./types-deferred-module/options.nix ./types-deferred-module/a.nix ./types-deferred-module/b.nix ];
  };
in
{
  inherit (eval.config) machines;
  commonImports = builtins.length eval.config.common.imports;
  type = eval.options.common.type.description;
}
