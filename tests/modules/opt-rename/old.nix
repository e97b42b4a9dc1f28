# Uses the old names.
{ lib, ... }:
{
  services.web.port = 8080;
  services.web.hostNames = [ "a.example" ];
}
