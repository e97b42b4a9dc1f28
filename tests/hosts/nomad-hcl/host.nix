# Nomad's settings written as HCL (settingsFormat = "hcl"): /etc/nomad.hcl,
# with labelled plugin blocks, and the service reading it.
{ pkgs, ... }:
{
  services.nomad = {
    enable = true;
    dropPrivileges = false;
    settingsFormat = "hcl";
    settings = {
      datacenter = "home";
      client = {
        enabled = true;
        servers = [ "10.0.0.1:4647" ];
        cni_path = "${pkgs.cni-plugins}/bin";
        meta.rack = "shelf-1";
      };
      plugin.docker.config = {
        allow_privileged = false;
        volumes.enabled = true;
      };
      plugin.raw_exec.config.enabled = true;
    };
  };
}
