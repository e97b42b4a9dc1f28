# A Nomad agent that is both server and client (fine for a home lab),
# with the client's details in an HCL file kept next to this one.
{ config, lib, pkgs, ... }:
{
  services.nomad = {
    enable = true;
    dropPrivileges = false;           # a client needs root
    extraPackages = [ pkgs.cni-plugins ];
    extraSettingsPlugins = [ pkgs.nomad-driver-podman ];
    extraSettingsPaths = [ "/etc/nomad.d/client.hcl" ];
    settings = {
      bind_addr = "0.0.0.0";
      server = {
        enabled = true;
        bootstrap_expect = 1;
      };
      client = {
        enabled = true;
        cni_path = "${pkgs.cni-plugins}/bin";
      };
      plugin.docker.config.volumes.enabled = true;
    };
  };

  environment.etc."nomad.d/client.hcl".source = ./client.hcl;
}
