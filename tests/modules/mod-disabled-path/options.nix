{ lib, ... }:
{
  options.services = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
}
