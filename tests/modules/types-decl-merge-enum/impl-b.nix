{ lib, ... }:
{
  options.backend = lib.mkOption { type = lib.types.enum [ "b" "a" ]; };
  config.backend = "b";
  config.levels = { x = 1; y = 3; };
}
