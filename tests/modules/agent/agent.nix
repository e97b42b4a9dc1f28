# An agent configured the RFC 42 way: a freeform `settings` set with a few
# declared, typed keys, plus options that feed its command line.
{ config, lib, ... }:
let
  inherit (lib) mkOption mkEnableOption mkIf types;
  cfg = config.services.agent;
in
{
  imports = [
    (lib.mkRenamedOptionModule [ "services" "agent" "dataDir" ] [ "services" "agent" "settings" "data_dir" ])
    (lib.mkAliasOptionModule [ "agent" "enable" ] [ "services" "agent" "enable" ])
  ];

  options.services.agent = {
    enable = mkEnableOption "the agent";
    settings = mkOption {
      default = { };
      type = types.submodule {
        freeformType = types.attrsOf types.anything;
        options.data_dir = mkOption { type = types.str; default = "/var/lib/agent"; };
        options.log_level = mkOption { type = types.enum [ "DEBUG" "INFO" "WARN" ]; default = "INFO"; };
      };
    };
    extraArgs = mkOption {
      type = types.coercedTo types.str (s: [ s ]) (types.listOf types.str);
      default = [ ];
    };
    plugins = mkOption {
      default = [ ];
      type = types.listOf (types.submodule {
        options.name = mkOption { type = types.str; };
        options.args = mkOption { type = types.attrsOf types.anything; default = { }; };
      });
    };
    command = mkOption { type = types.str; readOnly = true; };
  };

  config = mkIf cfg.enable {
    services.agent.command = lib.concatStringsSep " " ([ "agent" "-data-dir=${cfg.settings.data_dir}" ] ++ cfg.extraArgs);
    services.agent.settings.plugin = lib.listToAttrs (map (p: lib.nameValuePair p.name p.args) cfg.plugins);
  };
}
