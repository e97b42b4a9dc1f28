# The host's name (/etc/hostname) and how its interfaces are configured.
{ config, lib, ... }:

let
  inherit (lib) mkOption types;
in
{
  options.networking = {
    hostName = mkOption {
      type = types.strMatching "^$|^[[:alnum:]]([[:alnum:]_-]{0,61}[[:alnum:]])?$";
      default = "";
      example = "raspberry";
      description = "The name of the host, written to /etc/hostname (nothing is written when empty).";
    };
    domain = mkOption {
      type = types.nullOr types.str;
      default = null;
      description = "The host's domain.";
    };
    useDHCP = mkOption {
      type = types.bool;
      default = true;
      description = "Whether interfaces get their addresses by DHCP (recorded).";
    };
    interfaces = mkOption {
      type = types.attrsOf (types.submodule {
        options.useDHCP = mkOption { type = types.nullOr types.bool; default = null; description = "Recorded."; };
      });
      default = { };
      description = "Network interfaces (recorded).";
    };
  };

  config.environment.etc = lib.mkIf (config.networking.hostName != "") {
    hostname.text = config.networking.hostName + "\n";
  };
}
