# mkPackageOption with `default = null' (no default), with `nullable' (null or package), and both.
{ lib }:
let
  pkgs = import ./opt-package/pkgs.nix;
  eval = lib.evalModules {
    modules = [{
      options.coreutils = lib.mkPackageOption pkgs "coreutils" { default = null; };
      options.nushell = lib.mkPackageOption pkgs "hello" { nullable = true; };
      options.dbus = lib.mkPackageOption pkgs "dbus" { nullable = true; default = null; };
    }];
  };
  o = eval.options;
in
{
  coreutils = { hasDefault = o.coreutils ? default; hasDefaultText = o.coreutils ? defaultText; type = o.coreutils.type.description; isDefined = o.coreutils.isDefined; inherit (o.coreutils) description; };
  nushell = { default = o.nushell.default.name; type = o.nushell.type.description; };
  dbus = { hasDefault = o.dbus ? default; default = o.dbus.default or "none"; type = o.dbus.type.description; value = eval.config.dbus; hasDefaultText = o.dbus ? defaultText; };
}
