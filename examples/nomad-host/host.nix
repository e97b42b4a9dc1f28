# One host, described as modules: the fleet's shared settings, this
# machine's hardware, and its Nomad agent. Build its files with:
#   nomix build examples/nomad-host/host.nix -o out
{ config, lib, pkgs, ... }:
{
  imports = [
    ./common.nix
    ./hardware.nix
    ./nomad.nix
  ];

  networking.hostName = "raspberry";

  # Nomad's bridge networking needs forwarding and the bridge module.
  boot.kernel.sysctl."net.ipv4.ip_forward" = 1;
  boot.kernelModules = [ "br_netfilter" ];

  users.users.pi = {
    isNormalUser = true;
    extraGroups = [ "docker" ];
  };
}
