{ lib, ... }:
{
  options.boot.loader = lib.mkOption { type = lib.types.str; default = "grub"; };
}
