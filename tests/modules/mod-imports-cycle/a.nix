{ lib, ... }:
{
  imports = [ ./b.nix ];
  options.chain = lib.mkOption { type = lib.types.listOf lib.types.str; };
  config.chain = [ "a" ];
}
