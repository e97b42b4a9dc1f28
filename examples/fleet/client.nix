# A Nomad client: it joins every host tagged nomad-server, at the address
# that host declares.
{ lib, nodes, pkgs, ... }:
let
  servers = lib.filterAttrs (_: n: builtins.elem "nomad-server" n.config.deployment.tags) nodes;
in
{
  deployment.tags = [ "nomad-client" ];
  services.nomad = {
    extraPackages = [ pkgs.cni-plugins ];
    settings.client = {
      enabled = true;
      servers = lib.mapAttrsToList (_: n: "${n.config.networking.address}:4647") servers;
      cni_path = "${pkgs.cni-plugins}/bin";
    };
  };
}
