# mkOptionDefault is at the level of an option's `default`: both count and list values merge, default first.
{ lib }:
let
  inherit (lib) mkOption mkOptionDefault mkDefault types;
  eval = lib.evalModules {
    modules = [
      {
        options.a = mkOption { type = types.listOf types.str; default = [ "default" ]; };
        options.b = mkOption { type = types.listOf types.str; default = [ "default" ]; };
        options.c = mkOption { type = types.listOf types.str; };
      }
      {
        a = mkOptionDefault [ "optionDefault" ];
        b = mkOptionDefault [ "optionDefault" ];
        c = mkOptionDefault [ "one" ];
      }
      {
        b = mkDefault [ "mkDefault" ];
        c = mkOptionDefault [ "two" ];
      }
    ];
  };
in
{
  inherit (eval) config;
  prios = { inherit (eval.options.a) highestPrio; c = eval.options.c.highestPrio; };
}
