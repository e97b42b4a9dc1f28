# A small option tree for optionAttrSetToDocList.
{ lib, ... }:
{
  options.services.box = {
    enable = lib.mkEnableOption "box";
    port = lib.mkOption { type = lib.types.port; default = 8080; readOnly = true; description = "Port."; };
    package = lib.mkOption { type = lib.types.str; default = "box"; defaultText = lib.literalExpression "pkgs.box"; example = "box-ng"; };
    hidden = lib.mkOption { type = lib.types.int; default = 1; visible = false; };
    secret = lib.mkOption { type = lib.types.int; default = 2; internal = true; };
    shallow = lib.mkOption {
      type = lib.types.attrsOf (lib.types.submodule { options.inner = lib.mkOption { type = lib.types.int; }; });
      default = { };
      visible = "shallow";
    };
    sites = lib.mkOption {
      type = lib.types.attrsOf (lib.types.submodule {
        options.root = lib.mkOption { type = lib.types.str; default = "/srv"; };
        options.tls.enable = lib.mkEnableOption "TLS";
      });
      default = { };
    };
    listeners = lib.mkOption {
      type = lib.types.listOf (lib.types.submodule { options.addr = lib.mkOption { type = lib.types.str; }; });
      default = [ ];
    };
  };
}
