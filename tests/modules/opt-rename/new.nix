# The new options that the renames point to.
{ lib, ... }:
{
  options.services.web.listen.port = lib.mkOption { type = lib.types.port; default = 80; };
  options.services.web.hosts = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
}
