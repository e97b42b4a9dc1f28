# More definitions.
{ lib, ... }:
{
  services.db.extensions = lib.mkBefore [ "uuid" ];
  services.db.users.bob = { };
}
