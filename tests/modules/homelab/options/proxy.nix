# A reverse proxy with virtual hosts and locations; opens its ports.
{ config, lib, ... }:
let
  inherit (lib) mkOption mkEnableOption mkIf types;
  cfg = config.services.proxy;
  locationType = types.submodule {
    options = {
      proxyPass = mkOption { type = types.nullOr types.str; default = null; };
      extraConfig = mkOption { type = types.lines; default = ""; };
    };
  };
  vhostType = types.submodule ({ name, config, ... }: {
    options = {
      serverName = mkOption { type = types.str; default = name; };
      serverAliases = mkOption { type = types.listOf types.str; default = [ ]; };
      root = mkOption { type = types.nullOr types.path; default = null; };
      default = mkOption { type = types.bool; default = false; };
      locations = mkOption { type = types.attrsOf locationType; default = { }; };
    };
    config.locations = mkIf (config.root == null) {
      "/".extraConfig = "return 404;";
    };
  });
in
{
  options.services.proxy = {
    enable = mkEnableOption "the reverse proxy";
    port = mkOption { type = types.port; default = 80; };
    virtualHosts = mkOption { type = types.attrsOf vhostType; default = { }; };
  };
  config = mkIf cfg.enable {
    networking.firewall.allowedTCPPorts = [ cfg.port 443 ];
  };
}
