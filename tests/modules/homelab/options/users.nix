# Users and groups; a group lists the users that name it in extraGroups.
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
  userType = types.submodule ({ name, config, ... }: {
    options = {
      name = mkOption { type = types.str; default = name; };
      uid = mkOption { type = types.nullOr types.int; default = null; };
      isNormalUser = mkOption { type = types.bool; default = false; };
      home = mkOption {
        type = types.str;
        default = if config.isNormalUser then "/home/${name}" else "/var/empty";
      };
      extraGroups = mkOption { type = types.listOf types.str; default = [ ]; };
      shell = mkOption { type = types.str; default = "/bin/sh"; };
    };
  });
in
{
  options.users = {
    users = mkOption { type = types.attrsOf userType; default = { }; };
    groups = mkOption {
      type = types.attrsOf (types.submodule {
        options.gid = mkOption { type = types.nullOr types.int; default = null; };
        options.members = mkOption { type = types.listOf types.str; default = [ ]; };
      });
      default = { };
    };
  };
  config.users.groups = lib.mkMerge (lib.mapAttrsToList (user: u:
    lib.genAttrs u.extraGroups (_: { members = [ user ]; })) config.users.users);
}
