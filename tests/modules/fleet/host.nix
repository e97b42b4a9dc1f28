{ config, lib, ... }:
{
  imports = [ ./roles/edge.nix ./roles/storage.nix ./common.nix ];
  disabledModules = [ ./roles/storage.nix ];

  _module.args.site = "ams";

  fleet.packages = lib.mkMerge [
    [ "wireguard-tools" ]
    (lib.mkIf (config.fleet.role == "edge") [ "nftables" ])
    (lib.mkIf (config.fleet.role == "worker") [ "docker" ])
    (lib.mkBefore [ "coreutils" ])
  ];
  fleet.motd = "Host: edge-1, site ${config.fleet.site}.";
  fleet.logLevel = "info";
  fleet.sysctl."net.ipv4.ip_forward" = 1;
  fleet.ntpServers = lib.mkForce [ "ntp.ams.example" ];
  fleet.monitoring.interval = lib.mkForce 5;
}
