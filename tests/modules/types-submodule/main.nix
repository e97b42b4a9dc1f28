{ lib, ... }:
{
  options.title = lib.mkOption { type = lib.types.str; default = "untitled"; };
  options.tags = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
}
