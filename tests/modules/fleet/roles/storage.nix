# A role this host does not use; the host disables it.
{ ... }:
{
  fleet.role = "storage";
  fleet.packages = [ "zfs" ];
}
