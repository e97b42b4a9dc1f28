{ lib, ... }:
{
  imports = [ { outPath = ./module.nix; } ];
  options.loaded = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
}
