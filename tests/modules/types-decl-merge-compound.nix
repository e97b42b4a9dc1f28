# two declarations of compound types merge when their parts do: nullOr, either, lines, strMatching, functionTo, attrsOf submodule.
{ lib }:
let
  inherit (lib) mkOption types;
  eval = lib.evalModules {
    modules = [
      {
        options = {
          n = mkOption { type = types.nullOr (types.enum [ "x" ]); };
          e = mkOption { type = types.either types.int (types.enum [ "auto" ]); };
          l = mkOption { type = types.lines; };
          s = mkOption { type = types.strMatching "[a-z]+"; };
          f = mkOption { type = types.functionTo (types.enum [ 1 ]); };
          a = mkOption { type = types.attrsOf (types.submodule { options.p = mkOption { default = 1; }; }); default = { }; };
        };
      }
      {
        options = {
          n = mkOption { type = types.nullOr (types.enum [ "y" ]); };
          e = mkOption { type = types.either types.int (types.enum [ "manual" ]); };
          l = mkOption { type = types.lines; };
          s = mkOption { type = types.strMatching "[a-z]+"; };
          f = mkOption { type = types.functionTo (types.enum [ 2 ]); };
          a = mkOption { type = types.attrsOf (types.submodule { options.q = mkOption { default = 2; }; }); };
        };
        config = { n = "y"; e = "manual"; l = "one"; s = "abc"; f = x: x; a.k = { }; };
      }
      { l = "two"; }
    ];
  };
  types' = lib.mapAttrs (_: o: o.type.description) (removeAttrs eval.options [ "_module" "a" ]);
in
{
  config = removeAttrs eval.config [ "f" ] // { f = eval.config.f 2; };
  types = types';
}
