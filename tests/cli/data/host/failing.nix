{ config, ... }:
{
  imports = [ ./host.nix ];
  assertions = [
    { assertion = config.services.demo.port != 8080; message = "services.demo.port must not be 8080"; }
    { assertion = true; message = "never shown"; }
    { assertion = false; message = "a second failure\nover two lines\n"; }
  ];
}
