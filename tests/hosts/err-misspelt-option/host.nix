{ ... }:
{
  services.nomad.enable = true;
  services.nomad.extraSettingPaths = [ "/etc/nomad.d/client.hcl" ];
}
