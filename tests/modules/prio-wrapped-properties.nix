# A property wrapped in another counts by the outer one: mkDefault (mkForce x) is at 1000, mkBefore (mkForce x) at 100, the inner wrapper left in the value.
{ lib }:
let
  inherit (lib) mkOption mkOverride mkForce mkDefault mkBefore types;
  eval = lib.evalModules {
    modules = [
      {
        options.nested = mkOption { type = types.int; default = 0; };
        options.ordered = mkOption { type = types.listOf types.int; default = [ 0 ]; };
      }
      {
        nested = mkDefault (mkForce 1);
        ordered = mkBefore (mkForce [ 1 ]);
      }
      {
        nested = mkOverride 1001 2;
        ordered = mkDefault [ 2 ];
      }
    ];
  };
in
{
  prios = { nested = eval.options.nested.highestPrio; ordered = eval.options.ordered.highestPrio; };
  nested = eval.options.nested.definitions;
  ordered = eval.options.ordered.definitions;
}
