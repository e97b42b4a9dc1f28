# An option's default (1500) loses to mkDefault (1000), which loses to a plain definition (100).
{ lib }:
let
  inherit (lib) mkOption mkDefault types;
  eval = lib.evalModules {
    modules = [
      {
        options = {
          onlyDefault = mkOption { type = types.int; default = 1; };
          defaultVsMkDefault = mkOption { type = types.int; default = 1; };
          defaultVsPlain = mkOption { type = types.int; default = 1; };
          allThree = mkOption { type = types.int; default = 1; };
          mkDefaultOnly = mkOption { type = types.int; };
        };
      }
      {
        defaultVsMkDefault = mkDefault 2;
        defaultVsPlain = 3;
        allThree = mkDefault 2;
        mkDefaultOnly = mkDefault 7;
      }
      { allThree = 3; }
    ];
  };
in
{
  inherit (eval) config;
  prios = lib.mapAttrs (_: o: o.highestPrio) (removeAttrs eval.options [ "_module" ]);
}
