# mkForce inside mkIf: a true condition gives a forced definition, a false one removes it entirely.
{ lib }:
let
  inherit (lib) mkOption mkIf mkForce mkDefault types;
  eval = lib.evalModules {
    modules = [
      {
        options.a = mkOption { type = types.int; default = 1; };
        options.b = mkOption { type = types.int; default = 1; };
        options.c = mkOption { type = types.listOf types.int; };
      }
      {
        a = mkIf true (mkForce 2);
        b = mkIf false (mkForce 2);
        c = mkIf true (mkForce [ 1 ]);
      }
      {
        a = 3;
        b = mkDefault 3;
        c = mkMergeLike [ 2 ];
      }
    ];
  };
  mkMergeLike = x: lib.mkMerge [ x ];
in
{
  inherit (eval) config;
  prios = lib.mapAttrs (_: o: o.highestPrio) (removeAttrs eval.options [ "_module" ]);
}
