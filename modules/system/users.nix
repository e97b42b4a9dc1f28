# Users and groups, written as a sysusers.d(5) file that systemd-sysusers
# turns into entries of /etc/passwd and /etc/group on the host.
{ config, lib, ... }:

let
  inherit (lib) mkOption types;
  cfg = config.users;

  userType = types.submodule ({ name, config, ... }: {
    options = {
      name = mkOption { type = types.str; default = name; description = "Name of the user."; };
      uid = mkOption { type = types.nullOr types.int; default = null; description = "User id; null lets the system choose."; };
      group = mkOption { type = types.str; default = ""; description = "Primary group (a group of the user's own name when empty)."; };
      extraGroups = mkOption { type = types.listOf types.str; default = [ ]; description = "Other groups the user is a member of."; };
      description = mkOption { type = types.str; default = ""; description = "Full name or purpose (the GECOS field)."; };
      home = mkOption {
        type = types.str;
        default = if config.isNormalUser then "/home/${name}" else "/var/empty";
        description = "Home directory.";
      };
      shell = mkOption {
        type = types.str;
        default = if config.isNormalUser then "/bin/bash" else "/usr/sbin/nologin";
        description = "Login shell.";
      };
      isSystemUser = mkOption { type = types.bool; default = false; description = "Whether this is a system user."; };
      isNormalUser = mkOption { type = types.bool; default = false; description = "Whether this is a person's account (home under /home, a login shell)."; };
    };
  });

  groupType = types.submodule ({ name, ... }: {
    options = {
      name = mkOption { type = types.str; default = name; description = "Name of the group."; };
      gid = mkOption { type = types.nullOr types.int; default = null; description = "Group id; null lets the system choose."; };
      members = mkOption { type = types.listOf types.str; default = [ ]; description = "Users that are members of the group."; };
    };
  });

  # "-" for an unset id.
  id = x: if x == null then "-" else toString x;
  quote = s: "\"${lib.replaceStrings [ "\"" ] [ "\\\"" ] s}\"";

  userLines = lib.concatMapStrings (u:
    let
      # sysusers takes "uid:group" only with a fixed uid; otherwise the
      # group becomes a membership (m) line
      ids = if u.group != "" && u.uid != null then "${toString u.uid}:${u.group}" else id u.uid;
    in
    "u ${u.name} ${ids} ${if u.description == "" then "-" else quote u.description} ${u.home} ${u.shell}\n") (lib.attrValues cfg.users);
  groupLines = lib.concatMapStrings (g: "g ${g.name} ${id g.gid}\n") (lib.attrValues cfg.groups);
  # one line per membership, from either side, each once
  memberLines = lib.concatStrings (lib.unique (
    lib.concatLists (lib.mapAttrsToList (_: u:
      map (g: "m ${u.name} ${g}\n") (lib.optional (u.group != "" && u.uid == null) u.group ++ u.extraGroups)) cfg.users)
    ++ lib.concatLists (lib.mapAttrsToList (_: g: map (u: "m ${u} ${g.name}\n") g.members) cfg.groups)));
in
{
  options.users = {
    users = mkOption { type = types.attrsOf userType; default = { }; description = "Users of the host."; };
    groups = mkOption { type = types.attrsOf groupType; default = { }; description = "Groups of the host."; };
  };

  config = {
    assertions = lib.mapAttrsToList (n: u: {
      assertion = !(u.isSystemUser && u.isNormalUser);
      message = "users.users.${n}: a user cannot be both isSystemUser and isNormalUser.";
    }) cfg.users;

    environment.etc = lib.mkIf (cfg.users != { } || cfg.groups != { }) {
      "sysusers.d/00-nomix.conf".text = groupLines + userLines + memberLines;
    };
  };
}
