# A generated fleet for measuring `nomix fleet`: 500 hosts (3 Nomad
# servers, 497 clients that find the servers through `nodes`) sharing 20
# modules, each of which declares options and writes an /etc file, a
# systemd service, Nomad settings, users or kernel settings.
#   nomix fleet bench/fleet/hive.nix -o /tmp/fleet-out [-j 1]
let
  hosts = 500;
  servers = 3;

  # Shared module number I: an option set of its own, and files from it.
  module = i: { config, lib, pkgs, name, ... }:
    let
      id = "feature${toString i}";
      cfg = config.lab.${id};
    in
    {
      options.lab.${id} = {
        enable = lib.mkOption { type = lib.types.bool; default = true; };
        level = lib.mkOption { type = lib.types.ints.between 0 10; default = lib.mod i 10; };
        peers = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
      };
      config = lib.mkIf cfg.enable (lib.mkMerge [
        {
          environment.etc."lab/${id}.conf".text = ''
            # ${id} on ${name}
            level = ${toString cfg.level}
            peers = ${lib.concatStringsSep "," cfg.peers}
          '';
          services.nomad.settings.client.meta."${id}" = toString cfg.level;
        }
        (lib.mkIf (lib.mod i 4 == 0) {
          systemd.services."lab-${id}" = {
            description = "Lab feature ${toString i}";
            wantedBy = [ "multi-user.target" ];
            after = [ "network-online.target" ];
            path = [ pkgs.coreutils ];
            environment.LEVEL = toString cfg.level;
            script = "echo ${id} $LEVEL";
            serviceConfig.Type = "oneshot";
          };
        })
        (lib.mkIf (lib.mod i 5 == 1) {
          users.users."svc-${id}" = { isSystemUser = true; group = "lab"; };
          users.groups.lab = { };
        })
        (lib.mkIf (lib.mod i 5 == 2) {
          boot.kernel.sysctl."net.lab.${id}" = lib.mkDefault (1024 * i);
          boot.kernelModules = [ "mod${toString i}" ];
        })
      ]);
    };

  shared = builtins.genList (i: module (i + 1)) 20;

  name = i: if i < servers then "server-${toString i}" else "client-${toString i}";

  host = i: { lib, nodes, ... }:
    let
      isServer = i < servers;
      serverNodes = lib.filterAttrs (n: _: lib.hasPrefix "server-" n) nodes;
    in
    {
      deployment.tags = [ (if isServer then "server" else "client") "rack-${toString (lib.mod i 10)}" ];
      lab.feature3.peers = lib.mapAttrsToList (n: _: n) serverNodes;
      services.nomad.settings = if isServer then {
        server = { enabled = true; bootstrap_expect = servers; };
      } else {
        client = {
          enabled = true;
          servers = lib.mapAttrsToList (_: n: "${n.config.networking.hostName}:4647") serverNodes;
        };
      };
    };
in
{
  meta.description = "500 generated hosts sharing 20 modules";
  defaults = { lib, ... }: {
    imports = shared;
    services.nomad = { enable = true; dropPrivileges = false; };
  };
}
// builtins.listToAttrs (builtins.genList (i: { name = name i; value = host i; }) hosts)
