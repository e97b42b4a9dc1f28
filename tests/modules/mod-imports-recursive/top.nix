{ lib, ... }:
{
  imports = [ ./level1.nix ];
  options.chain = lib.mkOption { type = lib.types.listOf lib.types.str; };
  config.chain = [ "top" ];
}
