# Where and how a host is deployed, as Colmena and Morph describe it. nomix
# does not deploy; the options are there so that fleets written for those
# tools evaluate, and `nomix fleet --on TAG` selects hosts by their tags.
{ config, lib, ... }:

let
  inherit (lib) mkOption types;
  # a fleet gives each host its name; a single host has none
  name = config._module.specialArgs.name or null;
in
{
  options.deployment = {
    targetHost = mkOption {
      type = types.nullOr types.str;
      default =
        if name != null then name
        else if config.networking.hostName != "" then config.networking.hostName
        else null;
      defaultText = lib.literalExpression "the host's name in the fleet, else networking.hostName";
      description = "The address to reach the host at, for whatever deploys it.";
    };
    targetPort = mkOption {
      type = types.nullOr types.port;
      default = null;
      description = "The SSH port to reach the host at (null: the default).";
    };
    targetUser = mkOption {
      type = types.nullOr types.str;
      default = "root";
      description = "The user to log in as.";
    };
    tags = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "nomad-client" "rack-2" ];
      description = "Tags of the host; `nomix fleet --on TAG` builds the hosts with a tag.";
    };
  };
}
