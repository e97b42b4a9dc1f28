# A small service module: an enable switch, a port, and one submodule per
# site with its own root.
{ config, lib, ... }:
let
  inherit (lib) mkOption mkEnableOption types;
  cfg = config.services.demo;
in
{
  options.services.demo = {
    enable = mkEnableOption "the demo service";
    port = mkOption {
      type = types.port;
      default = 8080;
      example = 80;
      description = "Port the demo service listens on.";
    };
    sites = mkOption {
      type = types.attrsOf (types.submodule ({ name, ... }: {
        options.root = mkOption {
          type = types.str;
          default = "/srv/${name}";
          description = "Directory the site is served from.";
        };
      }));
      default = { };
      description = "Sites served, by host name.";
    };
  };
  config.warnings = lib.optional (cfg.enable && cfg.port < 1024) "services.demo.port ${toString cfg.port} needs root";
}
