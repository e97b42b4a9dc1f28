# Networking options of a host: names, interfaces with addresses, firewall.
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.networking;
  addressType = types.submodule {
    options = {
      address = mkOption { type = types.str; description = "IPv4 address."; };
      prefixLength = mkOption { type = types.ints.between 0 32; default = 24; };
    };
  };
in
{
  options.networking = {
    hostName = mkOption { type = types.strMatching "[a-z0-9-]+"; description = "Host name."; };
    domain = mkOption { type = types.nullOr types.str; default = null; };
    fqdn = mkOption {
      type = types.str;
      readOnly = true;
      default = if cfg.domain == null then cfg.hostName else "${cfg.hostName}.${cfg.domain}";
      description = "Fully qualified name, from hostName and domain.";
    };
    interfaces = mkOption {
      default = { };
      type = types.attrsOf (types.submodule ({ name, ... }: {
        options = {
          name = mkOption { type = types.str; default = name; };
          mtu = mkOption { type = types.nullOr types.ints.positive; default = null; };
          ipv4.addresses = mkOption { type = types.listOf addressType; default = [ ]; };
        };
      }));
    };
    firewall = {
      enable = mkOption { type = types.bool; default = true; };
      allowedTCPPorts = mkOption { type = types.listOf types.port; default = [ ]; };
      allowedUDPPorts = mkOption { type = types.listOf types.port; default = [ ]; };
    };
  };
}
