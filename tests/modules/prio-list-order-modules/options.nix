{ lib, ... }:
{
  options.order = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ "default" ]; };
  config.order = [ "options" ];
}
