{ ... }:
{
  imports = [ ./host.nix ];
  services.demo.port = 80;
}
