# Declares the options.
{ lib, ... }:
{
  options.services.db = {
    port = lib.mkOption { type = lib.types.port; default = 5432; };
    extensions = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    name = lib.mkOption { type = lib.types.str; };
    users = lib.mkOption {
      type = lib.types.attrsOf (lib.types.submodule { options.admin = lib.mkOption { type = lib.types.bool; default = false; }; });
      default = { };
    };
  };
}
