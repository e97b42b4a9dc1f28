# options.x.highestPrio: 9999 without definitions, 1500 for the default alone, else the best priority among the definitions.
{ lib }:
let
  inherit (lib) mkOption mkIf mkMerge mkForce mkDefault mkOverride types;
  eval = lib.evalModules {
    modules = [
      {
        options = {
          none = mkOption { type = types.int; };
          defaultOnly = mkOption { type = types.int; default = 1; };
          mkDefault = mkOption { type = types.int; default = 1; };
          plain = mkOption { type = types.int; default = 1; };
          forced = mkOption { type = types.int; default = 1; };
          ifFalse = mkOption { type = types.int; default = 1; };
          ifFalseNoDefault = mkOption { type = types.int; };
          ifFalseForce = mkOption { type = types.int; default = 1; };
          merged = mkOption { type = types.listOf types.int; };
          custom = mkOption { type = types.int; };
        };
      }
      {
        mkDefault = mkDefault 2;
        plain = 2;
        forced = mkForce 2;
        ifFalse = mkIf false 2;
        ifFalseNoDefault = mkIf false 2;
        ifFalseForce = mkMerge [ (mkIf false (mkForce 2)) (mkDefault 3) ];
        merged = mkMerge [ (mkOverride 700 [ 1 ]) (mkOverride 300 [ 2 ]) (mkOverride 1200 [ 3 ]) ];
        custom = mkOverride 4242 2;
      }
    ];
  };
in
{
  prios = lib.mapAttrs (_: o: o.highestPrio) (removeAttrs eval.options [ "_module" ]);
  defined = lib.mapAttrs (_: o: o.isDefined) (removeAttrs eval.options [ "_module" ]);
}
