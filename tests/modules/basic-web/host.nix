{ lib, ... }:
{
  imports = [ ./web.nix ];
  services.web.enable = true;
  services.web.port = lib.mkForce 8080;
  services.web.hosts."example.org".aliases = [ "www.example.org" ];
  services.web.hosts.other = { root = "/var/other"; };
  services.web.extra = "second";
}
