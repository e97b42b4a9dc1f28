# Declares `warnings` the way NixOS does, so renamed options can warn.
{ lib, ... }:
{
  options.warnings = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
}
