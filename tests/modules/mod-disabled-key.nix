# disabledModules by key: an attribute set with a `key', or the module value itself when it carries that key.
{ lib }:
let
  monitoring = { key = "monitoring"; features = [ "monitoring" ]; };
  backup = { key = "backup"; features = [ "backup" ]; };
in
(lib.evalModules {
  modules = [
    { options.features = lib.mkOption { type = lib.types.listOf lib.types.str; }; }
    monitoring
    backup
    { key = "firewall"; features = [ "firewall" ]; }
    { features = [ "kept" ]; disabledModules = [ { key = "monitoring"; } backup ]; }
    { imports = [ { key = "nested"; features = [ "nested" ]; } ]; }
    ./mod-disabled-key/disabler.nix
  ];
}).config
