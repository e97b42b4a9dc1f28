# Some definitions.
{ lib, ... }:
{
  services.db.extensions = [ "postgis" ];
  services.db.port = lib.mkDefault 6000;
  services.db.users.alice.admin = true;
}
