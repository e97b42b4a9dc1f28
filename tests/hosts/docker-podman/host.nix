# Docker with daemon settings (/etc/docker/daemon.json, the docker group),
# Podman next to it.
{ ... }:
{
  virtualisation.docker = {
    enable = true;
    daemon.settings = {
      log-driver = "journald";
      live-restore = true;
      default-address-pools = [ { base = "172.30.0.0/16"; size = 24; } ];
    };
  };
  virtualisation.podman.enable = true;
}
