{ lib, ... }:
{
  options.forced = lib.mkOption { type = lib.types.listOf lib.types.int; };
  options.plain = lib.mkOption { type = lib.types.listOf lib.types.int; default = [ 0 ]; };
  options.defaults = lib.mkOption { type = lib.types.listOf lib.types.int; default = [ 0 ]; };
  options.name = lib.mkOption { type = lib.types.str; };
  options.attrs = lib.mkOption { type = lib.types.attrsOf lib.types.int; };
}
