# mkIf at option level: a false condition removes the definition (the default or a lower priority takes over), a true one keeps it.
{ lib }:
let
  inherit (lib) mkOption mkIf mkDefault types;
  eval = lib.evalModules {
    modules = [
      {
        options.a = mkOption { type = types.int; default = 1; };
        options.b = mkOption { type = types.int; default = 1; };
        options.c = mkOption { type = types.int; };
        options.d = mkOption { type = types.listOf types.int; default = [ ]; };
        options.e = mkOption { type = types.int; };
      }
      {
        a = mkIf true 2;
        b = mkIf false 2;
        c = mkIf false 2;
        d = mkIf true [ 1 ];
        e = mkIf (1 + 1 == 2) (mkIf true 5);
      }
      {
        c = mkDefault 3;
        d = mkIf false [ 2 ];
        e = mkIf false (throw "never evaluated");
      }
    ];
  };
in
{
  inherit (eval) config;
  prios = { b = eval.options.b.highestPrio; c = eval.options.c.highestPrio; };
}
