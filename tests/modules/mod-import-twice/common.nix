{ lib, ... }:
{
  options.loaded = lib.mkOption { type = lib.types.listOf lib.types.str; };
  config.loaded = [ "common" ];
}
