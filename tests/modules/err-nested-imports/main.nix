# Imports a list inside the list.
{
  imports = [ ../err-common/web.nix [ ./extra.nix ] ];
}
