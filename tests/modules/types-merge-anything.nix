# anything merges sets recursively, equal scalars, single lists, and functions by their results.
{ lib }:
let
  inherit (lib) mkOption types;
  eval = lib.evalModules {
    modules = [
      {
        options.v = mkOption { type = types.anything; };
        options.f = mkOption { type = types.anything; };
        options.d = mkOption { type = types.anything; default = { fromDefault = 1; }; };
        config.v = { a = 1; nested = { x = "one"; list = [ 1 2 ]; }; same = true; cond = lib.mkIf false 1; };
        config.f = x: { base = x; };
      }
      {
        v = { b = 2; nested.y = null; same = true; prio = lib.mkDefault "low"; };
        f = x: { extra = x + 1; };
        d.other = 2;
      }
      { v.prio = "high"; v.nested.z = 1.5; }
    ];
  };
in
{
  inherit (eval.config) v d;
  f = eval.config.f 10;
}
