# Docker and Podman: the packages, the docker group, and Docker's
# daemon.json when settings are given.
{ config, lib, pkgs, ... }:

let
  inherit (lib) mkOption mkEnableOption types;
  cfg = config.virtualisation;
in
{
  options.virtualisation = {
    docker = {
      enable = mkEnableOption "Docker, the container engine";
      package = lib.mkPackageOption pkgs "docker" { };
      daemon.settings = mkOption {
        type = types.jsonValue;
        default = { };
        example = { log-driver = "journald"; };
        description = "Settings written to /etc/docker/daemon.json (nothing is written when empty).";
      };
    };
    podman = {
      enable = mkEnableOption "Podman, the daemonless container engine";
      package = lib.mkPackageOption pkgs "podman" { };
    };
  };

  config = lib.mkMerge [
    (lib.mkIf cfg.docker.enable {
      environment.systemPackages = [ cfg.docker.package ];
      users.groups.docker = { };
      environment.etc = lib.mkIf (cfg.docker.daemon.settings != { }) {
        "docker/daemon.json".source = (lib.formats.json { }).generate "daemon.json" cfg.docker.daemon.settings;
      };
    })
    (lib.mkIf cfg.podman.enable {
      environment.systemPackages = [ cfg.podman.package ];
    })
  ];
}
