# enum definitions: equal values from several modules, int and bool enums, one-value enums.
{ lib }:
let
  inherit (lib) mkOption types;
in
(lib.evalModules {
  modules = [
    {
      options = {
        mode = mkOption { type = types.enum [ "fast" "safe" ]; };
        level = mkOption { type = types.enum [ 0 1 2 ]; default = 1; };
        flag = mkOption { type = types.enum [ true false ]; };
        only = mkOption { type = types.enum [ "the-one" ]; };
        mixed = mkOption { type = types.enum [ "auto" 0 null ]; };
      };
      config = { mode = "safe"; flag = false; only = "the-one"; mixed = null; };
    }
    { mode = "safe"; level = 2; flag = false; }
    { mode = lib.mkDefault "fast"; level = lib.mkOverride 1500 0; }
  ];
}).config
