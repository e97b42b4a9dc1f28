# Users and groups (sysusers.d), sysctl values of every kind (sysctl.d),
# kernel modules (modules-load.d) and the host name.
{ ... }:
{
  networking.hostName = "box";
  users.groups.media = { gid = 2000; members = [ "alice" ]; };
  users.groups.ops = { };
  users.users.alice = { isNormalUser = true; uid = 1000; description = "Alice \"Ops\" Smith"; extraGroups = [ "ops" "media" ]; };
  users.users.svc = { isSystemUser = true; group = "media"; home = "/var/lib/svc"; };
  users.users.worker = { isSystemUser = true; uid = 990; group = "ops"; };
  boot.kernel.sysctl = {
    "net.ipv4.ip_forward" = 1;
    "net.ipv6.conf.all.forwarding" = true;
    "kernel.panic_on_oops" = false;
    "net.core.default_qdisc" = "fq";
    "vm.swappiness" = null;
  };
  boot.kernelModules = [ "wireguard" "br_netfilter" "wireguard" ];
}
