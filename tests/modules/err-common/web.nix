# Options shared by the err-* cases: a small web service.
{ lib, ... }:
{
  options.services.web = {
    enable = lib.mkEnableOption "the web server";
    port = lib.mkOption { type = lib.types.port; default = 80; };
    user = lib.mkOption { type = lib.types.str; default = "www"; };
    virtualHosts = lib.mkOption {
      type = lib.types.attrsOf (lib.types.submodule ({ name, ... }: {
        options.serverName = lib.mkOption { type = lib.types.str; default = name; };
        options.root = lib.mkOption { type = lib.types.nullOr lib.types.str; default = null; };
      }));
      default = { };
    };
    listen = lib.mkOption {
      type = lib.types.listOf (lib.types.submodule { options.addr = lib.mkOption { type = lib.types.str; }; });
      default = [ ];
    };
  };
}
