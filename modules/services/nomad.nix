# HashiCorp Nomad: the agent's configuration file and its systemd service,
# with the options and defaults NixOS's services.nomad has, plus
# `settingsFormat` to write the settings as HCL instead of JSON.
{ config, lib, pkgs, ... }:

let
  inherit (lib) mkOption mkEnableOption mkIf mkDefault types;
  cfg = config.services.nomad;

  # How `settings` is typed and written out.
  format = if cfg.settingsFormat == "hcl" then lib.formats.hcl { } else lib.formats.json { };
  configFile = "nomad.${cfg.settingsFormat}";

  # Where the plugins' programs are linked together for -plugin-dir.
  pluginDir = "/etc/nomad/plugins";
  pluginLinks = lib.concatMap (p:
    if builtins.isPath p then [ { name = "etc/nomad/plugins/${baseNameOf p}"; value = { source = p; mode = "0755"; }; } ]
    else map (prog: { name = "etc/nomad/plugins/${prog}"; value.target = "${p}/bin/${prog}"; }) (p.programs or [ p.pname or p.name ]))
    cfg.extraSettingsPlugins;
in
{
  options.services.nomad = {
    enable = mkEnableOption "Nomad, a distributed, highly available, datacenter-aware scheduler";

    package = lib.mkPackageOption pkgs "nomad" { };

    extraPackages = mkOption {
      type = types.listOf types.package;
      default = [ ];
      example = lib.literalExpression "with pkgs; [ cni-plugins ]";
      description = "Extra packages to add to {env}`PATH` for the Nomad agent process.";
    };

    dropPrivileges = mkOption {
      type = types.bool;
      default = true;
      description = ''
        Whether the nomad agent should be run as a non-root nomad user
        (a systemd DynamicUser). A Nomad client usually needs root.
      '';
    };

    enableDocker = mkOption {
      type = types.bool;
      default = true;
      description = ''
        Enable Docker support. Needed for Nomad's docker driver. Note that
        membership of the docker group is effectively equivalent to being
        root, see https://github.com/moby/moby/issues/9976.
      '';
    };

    extraSettingsPaths = mkOption {
      type = types.listOf types.path;
      default = [ ];
      example = [ "/etc/nomad/config/server.hcl" ];
      description = "Additional settings paths used to configure nomad. These can be files or directories.";
    };

    extraSettingsPlugins = mkOption {
      type = types.listOf (types.either types.package types.path);
      default = [ ];
      example = lib.literalExpression "[ pkgs.nomad-driver-podman ]";
      description = ''
        Additional plugins: their programs are linked into ${pluginDir},
        which the agent gets as -plugin-dir.
      '';
    };

    credentials = mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = { logs_remote_write_password = "/run/keys/nomad_write_password"; };
      description = ''
        Credentials given to the agent with systemd's LoadCredential=, by
        name: each becomes an extra -config file read from the service's
        credentials directory.
      '';
    };

    settingsFormat = mkOption {
      type = types.enum [ "json" "hcl" ];
      default = "json";
      description = "Whether `settings` is written as /etc/nomad.json or as /etc/nomad.hcl.";
    };

    settings = mkOption {
      type = format.type;
      default = { };
      example = lib.literalExpression ''
        {
          # A minimal config example:
          server = {
            enabled = true;
            bootstrap_expect = 1; # for demo; no fault tolerance
          };
          client = {
            enabled = true;
          };
        }
      '';
      description = ''
        Configuration for Nomad, written to /etc/nomad.json (or .hcl). See
        the [documentation](https://www.nomadproject.io/docs/configuration)
        for supported values. `data_dir` defaults to /var/lib/nomad, which
        systemd creates as the service's state directory.
      '';
    };
  };

  config = mkIf cfg.enable {
    services.nomad.settings.data_dir = mkDefault "/var/lib/nomad";

    environment.etc.${configFile}.source = format.generate configFile cfg.settings;
    environment.systemPackages = [ cfg.package ];

    build.files = builtins.listToAttrs pluginLinks;

    systemd.services.nomad = {
      description = "Nomad";
      wantedBy = [ "multi-user.target" ];
      wants = [ "network-online.target" ];
      after = [ "network-online.target" ];
      restartTriggers = [ config.environment.etc.${configFile}.source ];

      # a client needs at least these
      path = cfg.extraPackages ++ [ pkgs.coreutils pkgs.iproute2 pkgs.iptables ];

      serviceConfig = lib.mkMerge [
        {
          DynamicUser = cfg.dropPrivileges;
          ExecReload = "${pkgs.coreutils}/bin/kill -HUP $MAINPID";
          ExecStart =
            "${cfg.package}/bin/nomad agent -config=/etc/${configFile} -plugin-dir=${pluginDir}"
            + lib.concatMapStrings (path: " -config=${path}") cfg.extraSettingsPaths
            + lib.concatMapStrings (key: " -config=\${CREDENTIALS_DIRECTORY}/${key}") (builtins.attrNames cfg.credentials);
          KillMode = "process";
          KillSignal = "SIGINT";
          LimitNOFILE = 65536;
          LimitNPROC = "infinity";
          OOMScoreAdjust = -1000;
          Restart = "on-failure";
          RestartSec = 2;
          TasksMax = "infinity";
          LoadCredential = lib.mapAttrsToList (key: value: "${key}:${value}") cfg.credentials;
        }
        (mkIf cfg.enableDocker { SupplementaryGroups = "docker"; })
        (mkIf (cfg.settings.data_dir == "/var/lib/nomad") { StateDirectory = "nomad"; })
      ];

      unitConfig = {
        StartLimitIntervalSec = 10;
        StartLimitBurst = 3;
      };
    };

    assertions = [
      {
        assertion = cfg.dropPrivileges -> cfg.settings.data_dir == "/var/lib/nomad";
        message = ''settings.data_dir must be equal to "/var/lib/nomad" if dropPrivileges is true'';
      }
    ];

    # the docker driver needs the Docker daemon
    virtualisation.docker.enable = mkIf cfg.enableDocker true;
  };
}
