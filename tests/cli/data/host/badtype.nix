{ ... }:
{
  imports = [ ./service.nix ];
  services.demo.port = "eighty";
}
