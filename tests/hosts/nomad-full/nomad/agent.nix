{ config, pkgs, lib, ... }:
{
  environment.etc = {
    "nomad.d/client.hcl".text = builtins.readFile ./client.hcl;
    "nomad.d/acl.hcl".source = ./acl.hcl;
  };
  services.nomad = {
    enable = true;
    dropPrivileges = false;
    enableDocker = false;
    extraPackages = with pkgs; [ cni-plugins getent ];
    extraSettingsPlugins = [ pkgs.nomad-driver-podman ];
    extraSettingsPaths = [ "/etc/nomad.d/client.hcl" "/etc/nomad.d/acl.hcl" ];
    credentials.gossip_key = "/run/keys/nomad-gossip.hcl";
    settings = {
      data_dir = "/srv/nomad";
      datacenter = "edge";
      client = {
        enabled = true;
        cni_path = "${pkgs.cni-plugins}/bin";
        network_interface = "wg0";
      };
      plugin = [ { nomad-driver-podman.config.socket_path = "unix:///run/podman/podman.sock"; } ];
    };
  };
  virtualisation.podman.enable = true;
}
