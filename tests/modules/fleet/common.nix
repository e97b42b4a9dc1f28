# Fleet-wide defaults: everything here can be overridden.
{ lib, site, ... }:
{
  imports = [ ./options.nix ];
  fleet.site = lib.mkDefault site;
  fleet.motd = lib.mkBefore "Managed by the fleet repository.";
  fleet.packages = [ "curl" "htop" ];
  fleet.sysctl = { "vm.swappiness" = lib.mkDefault 60; "net.core.somaxconn" = 1024; };
  fleet.logLevel = lib.mkDefault "warn";
  fleet.monitoring.enable = lib.mkDefault true;
}
