{ ... }:
{
  imports = [ ./other.nix ];
  networking.hostName = "one";
}
