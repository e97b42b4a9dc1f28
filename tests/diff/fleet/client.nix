# A Nomad client of the test fleet: it joins the hosts tagged nomad-server.
{ lib, nodes, ... }:
let
  servers = lib.filterAttrs (_: n: builtins.elem "nomad-server" n.config.deployment.tags) nodes;
in
{
  deployment.tags = [ "nomad-client" ];
  services.nomad.settings.client = {
    enabled = true;
    servers = lib.mapAttrsToList (_: n: "${n.config.networking.address}:4647") servers;
    network_interface = "eth0";
  };
}
