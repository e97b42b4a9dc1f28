# mkMerge containing mkOverride: the contents compete by priority like separate definitions.
{ lib }:
let
  inherit (lib) mkOption mkMerge mkIf mkForce mkDefault mkOverride types;
  eval = lib.evalModules {
    modules = [
      {
        options.a = mkOption { type = types.listOf types.int; };
        options.b = mkOption { type = types.listOf types.int; };
        options.c = mkOption { type = types.listOf types.int; default = [ 0 ]; };
      }
      {
        a = mkMerge [ (mkOverride 90 [ 1 ]) [ 2 ] (mkForce [ 3 ]) (mkForce [ 4 ]) ];
        b = mkMerge [ (mkDefault [ 1 ]) (mkIf true (mkOverride 90 [ 2 ])) (mkIf false (mkForce [ 3 ])) ];
        c = mkMerge [ (mkDefault [ 1 ]) (mkDefault [ 2 ]) ];
      }
      { b = mkOverride 90 [ 5 ]; }
    ];
  };
in
{
  inherit (eval) config;
  prios = lib.mapAttrs (_: o: o.highestPrio) (removeAttrs eval.options [ "_module" ]);
}
