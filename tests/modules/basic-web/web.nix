{ config, lib, ... }:
with lib;
{
  options.services.web = {
    enable = mkEnableOption "the web server";
    port = mkOption { type = types.port; default = 80; };
    hosts = mkOption {
      type = types.attrsOf (types.submodule ({ name, config, ... }: {
        options.root = mkOption { type = types.str; default = "/srv/${name}"; };
        options.aliases = mkOption { type = types.listOf types.str; default = [ ]; };
        options.upper = mkOption { type = types.str; default = lib.toUpper config.root; };
      }));
      default = { };
    };
    extra = mkOption { type = types.lines; default = ""; };
  };
  config = mkIf config.services.web.enable {
    services.web.extra = mkBefore "first";
  };
}
