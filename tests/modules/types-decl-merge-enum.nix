# an enum declared in three files (empty, then extended twice) joins its values; also inside attrsOf.
{ lib }:
let
  eval = lib.evalModules {
    modules = [ ./types-decl-merge-enum/base.nix ./types-decl-merge-enum/impl-a.nix ./types-decl-merge-enum/impl-b.nix ];
  };
in
{
  inherit (eval.config) backend levels;
  backendType = eval.options.backend.type.description;
  levelsType = eval.options.levels.type.description;
  declarations = map (f: lib.removePrefix (toString ./.) (toString f)) eval.options.backend.declarations;
}
