{ lib, ... }:
{
  options.hostName = lib.mkOption { type = lib.types.str; default = "nixos"; };
  config.hostName = lib.mkDefault "fallback";
}
