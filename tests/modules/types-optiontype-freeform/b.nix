{ lib, ... }:
{
  freeformType = lib.types.attrsOf (lib.types.enum [ "off" ]);
  config.pump = "off";
  config.fixed = 3;
}
