# A small host for tests/repl: Nomad enabled, a setting of our own, and a
# user, so that `:l` loads it as a host (it takes config and lib).
{ config, lib, ... }:
{
  networking.hostName = "replhost";
  services.nomad.enable = true;
  services.nomad.settings.datacenter = "dc-repl";
  users.users.ops.isNormalUser = true;
}
