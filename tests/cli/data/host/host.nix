{ ... }:
{
  imports = [ ./service.nix ];
  services.demo.enable = true;
  services.demo.sites."example.org" = { };
}
