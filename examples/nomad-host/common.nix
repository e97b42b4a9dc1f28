# What every Nomad host of the fleet shares. Hosts override any of it.
{ config, lib, pkgs, ... }:
{
  services.nomad.settings = {
    datacenter = lib.mkDefault "home";
    log_level = lib.mkDefault "INFO";
    telemetry = {
      collection_interval = "10s";
      prometheus_metrics = true;
    };
  };

  # Prune unused images every night.
  systemd.services.docker-prune = lib.mkIf config.virtualisation.docker.enable {
    description = "Remove unused Docker images";
    path = [ pkgs.docker ];
    script = "docker image prune --all --force --filter until=168h";
    serviceConfig.Type = "oneshot";
  };
  systemd.timers.docker-prune = lib.mkIf config.virtualisation.docker.enable {
    description = "Remove unused Docker images nightly";
    timerConfig = {
      OnCalendar = "03:30";
      Persistent = true;
    };
  };

  environment.etc."motd".text = ''
    ${config.networking.hostName}: managed by nomix; local changes will be overwritten.
  '';
}
