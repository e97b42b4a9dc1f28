# nullOr: null from every module gives null; non-null definitions merge with the inner type.
{ lib }:
let
  inherit (lib) mkOption types;
in
(lib.evalModules {
  modules = [
    {
      options = {
        allNull = mkOption { type = types.nullOr types.int; };
        list = mkOption { type = types.nullOr (types.listOf types.str); default = null; };
        lines = mkOption { type = types.nullOr types.lines; };
        overridden = mkOption { type = types.nullOr types.str; default = null; };
        forced = mkOption { type = types.nullOr types.str; };
        untouched = mkOption { type = types.nullOr types.bool; default = null; };
      };
      config = { allNull = null; list = [ "a" ]; lines = "one"; overridden = "set"; forced = "x"; };
    }
    { allNull = null; list = [ "b" ]; lines = "two"; forced = lib.mkForce null; }
  ];
}).config
