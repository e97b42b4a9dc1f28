{ lib, ... }:
{
  services.web.port = 9090;
  services.web.extra = lib.mkAfter "last";
  services.web.hosts."example.org".aliases = [ "ex.org" ];
}
