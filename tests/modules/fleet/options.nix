# The options the fleet's modules set.
{ lib, ... }:
let inherit (lib) mkOption types; in
{
  options.fleet = {
    role = mkOption { type = types.enum [ "edge" "worker" "storage" ]; };
    site = mkOption { type = types.str; };
    motd = mkOption { type = types.lines; default = ""; };
    packages = mkOption { type = types.listOf types.str; default = [ ]; };
    sysctl = mkOption { type = types.attrsOf (types.either types.int types.str); default = { }; };
    logLevel = mkOption { type = types.enum [ "debug" "info" "warn" "error" ]; default = "info"; };
    ntpServers = mkOption { type = types.listOf types.str; default = [ "pool.ntp.org" ]; };
    monitoring = mkOption {
      default = { };
      type = types.submodule {
        options.enable = mkOption { type = types.bool; default = false; };
        options.interval = mkOption { type = types.ints.positive; default = 60; };
      };
    };
  };
}
