# Backups: what, when, and how long to keep them.
{ config, lib, ... }:
let
  inherit (lib) mkOption mkEnableOption types;
in
{
  options.services.backup = {
    enable = mkEnableOption "backups";
    paths = mkOption { type = types.listOf types.str; default = [ ]; };
    schedule = mkOption { type = types.enum [ "hourly" "daily" "weekly" ]; default = "daily"; };
    retention = mkOption {
      default = { };
      type = types.submodule {
        options.daily = mkOption { type = types.ints.unsigned; default = 7; };
        options.weekly = mkOption { type = types.ints.unsigned; default = 4; };
      };
    };
  };
}
