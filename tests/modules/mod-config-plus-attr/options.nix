{ lib, ... }:
{
  options.services.nginx.enable = lib.mkEnableOption "nginx";
  options.networking.hostName = lib.mkOption { type = lib.types.str; default = "nixos"; };
}
