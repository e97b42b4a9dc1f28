# mkOverride with arbitrary numbers: 99 beats a plain definition, 101 loses to it, 0 and -1 beat mkVMOverride, 1500 ties with the default.
{ lib }:
let
  inherit (lib) mkOption mkOverride types;
  eval = lib.evalModules {
    modules = [
      {
        options.p99 = mkOption { type = types.int; };
        options.p101 = mkOption { type = types.int; };
        options.p0 = mkOption { type = types.int; };
        options.negative = mkOption { type = types.int; };
        options.tie = mkOption { type = types.listOf types.int; default = [ 1 ]; };
        options.only2000 = mkOption { type = types.int; };
        options.vs2000 = mkOption { type = types.int; default = 1; };
      }
      {
        p99 = mkOverride 99 99;
        p101 = mkOverride 101 101;
        p0 = mkOverride 0 0;
        negative = mkOverride (-1) (-1);
        tie = mkOverride 1500 [ 1500 ];
        only2000 = mkOverride 2000 2000;
        vs2000 = mkOverride 2000 2000;
      }
      {
        p99 = 100;
        p101 = 100;
        p0 = lib.mkVMOverride 10;
        negative = lib.mkVMOverride 10;
      }
    ];
  };
in
{
  inherit (eval) config;
  prios = lib.mapAttrs (_: o: o.highestPrio) (removeAttrs eval.options [ "_module" ]);
}
