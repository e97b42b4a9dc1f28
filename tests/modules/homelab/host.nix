# One host: the server profile plus a proxy, with host-specific choices.
{ config, lib, ... }:
{
  imports = [ ./profiles/server.nix ./options/proxy.nix ];

  networking.hostName = "gateway";
  networking.interfaces.eth0 = {
    mtu = 9000;
    ipv4.addresses = [ { address = "10.0.0.2"; } { address = "192.168.1.2"; prefixLength = 16; } ];
  };
  networking.interfaces.wg0.ipv4.addresses = [ { address = "10.8.0.1"; } ];
  networking.firewall.allowedUDPPorts = [ 51820 ];

  services.proxy = {
    enable = true;
    virtualHosts."git.lab.example" = {
      default = true;
      locations."/".proxyPass = "http://127.0.0.1:3000";
      locations."/".extraConfig = lib.mkAfter "client_max_body_size 50m;";
    };
    virtualHosts.static = {
      serverName = "www.lab.example";
      serverAliases = [ "lab.example" ];
      root = "/srv/www";
    };
  };
  services.backup.schedule = "daily";
  services.backup.paths = [ "/srv" "/var/lib/git" ];
  services.backup.retention.weekly = 8;

  users.users.alice = { isNormalUser = true; extraGroups = [ "wheel" "git" ]; };
  users.users.git = { uid = 500; home = "/var/lib/git"; extraGroups = [ "git" ]; };
  users.users.admin.shell = lib.mkForce "/bin/bash";
  users.groups.git.gid = 500;
}
