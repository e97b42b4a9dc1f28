{ lib, ... }:
{
  freeformType = lib.types.attrsOf (lib.types.enum [ "low" "high" ]);
  options.fixed = lib.mkOption { type = lib.types.int; default = 0; };
  config.fan = "low";
}
