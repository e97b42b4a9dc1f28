# What every server of the fleet has, overridable by the host.
{ config, lib, ... }:
{
  imports = [ ../options/networking.nix ../options/users.nix ../options/backup.nix ];

  networking.domain = lib.mkDefault "lab.example";
  networking.firewall.allowedTCPPorts = lib.mkBefore [ 22 ];
  services.backup = {
    enable = lib.mkDefault true;
    paths = [ "/etc" ];
    schedule = lib.mkDefault "weekly";
  };
  users.users.admin = {
    isNormalUser = true;
    uid = 1000;
    extraGroups = [ "wheel" ];
  };
  users.users.backup = lib.mkIf config.services.backup.enable {
    uid = 990;
    extraGroups = [ "backup" ];
  };
}
