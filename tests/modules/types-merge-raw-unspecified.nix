# raw keeps its one definition untouched; attrs merges shallowly; unspecified joins lists, sets, bools, strings, equal ints.
{ lib }:
let
  inherit (lib) mkOption types;
  eval = lib.evalModules {
    modules = [
      {
        options = {
          raw = mkOption { type = types.raw; };
          rawDefault = mkOption { type = types.raw; default = { kept = [ 1 ]; }; };
          attrs = mkOption { type = types.attrs; };
          attrsDefault = mkOption { type = types.attrs; default = { fromDefault = true; }; };
          list = mkOption { };
          set = mkOption { type = types.unspecified; };
          bool = mkOption { };
          string = mkOption { };
          int = mkOption { };
          one = mkOption { };
        };
        config = {
          raw = { inner = lib.mkIf true "stays a property"; };
          attrs = { x = 1; nested = { keep = 1; }; };
          list = [ 1 ];
          set = { a = 1; b = 1; };
          bool = false;
          string = "ab";
          int = 4;
          one = { only = true; };
        };
      }
      {
        attrs = { y = 2; nested = { replaced = true; }; };
        list = [ 2 3 ]; set = { b = 2; }; bool = true; string = "cd"; int = 4;
      }
      { attrs.x = 3; list = [ 4 ]; bool = false; string = "ef"; }
    ];
  };
in
eval.config // { rawType = eval.options.raw.type.description; unspecifiedType = eval.options.list.type.name; }
