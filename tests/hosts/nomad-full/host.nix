# A Nomad client written the NixOS way across files, with HCL files for
# the agent, plugins, extra packages, credentials and a custom data_dir.
{ config, lib, pkgs, ... }:
{
  imports = [ ./nomad/agent.nix ./hardware.nix ];
  networking.hostName = "edge-1";
}
