# The edge role: stricter than the defaults, weaker than the host.
{ config, lib, ... }:
{
  imports = [ ../options.nix ../common.nix ];
  fleet.role = "edge";
  fleet.packages = lib.mkAfter [ "tcpdump" ];
  fleet.sysctl."vm.swappiness" = lib.mkOverride 900 10;
  fleet.logLevel = lib.mkOverride 900 "error";
  fleet.motd = lib.mkOrder 1200 "Role: edge.";
  fleet.monitoring = lib.mkIf (config.fleet.site == "ams") { interval = 15; };
}
