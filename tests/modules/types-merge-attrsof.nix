# attrsOf merges per name across modules (values by the element type) and drops mkIf false names.
{ lib }:
let
  inherit (lib) mkOption types;
in
(lib.evalModules {
  modules = [
    {
      options = {
        ports = mkOption { type = types.attrsOf types.port; default = { }; };
        groups = mkOption { type = types.attrsOf (types.listOf types.str); };
        deep = mkOption { type = types.attrsOf (types.attrsOf types.bool); };
        hosts = mkOption {
          type = types.attrsOf (types.submodule ({ name, ... }: {
            options.hostName = mkOption { type = types.str; default = name; };
            options.aliases = mkOption { type = types.listOf types.str; default = [ ]; };
          }));
          default = { };
        };
      };
      config = {
        ports = { http = 80; ssh = 22; };
        groups.wheel = [ "ann" ];
        deep.a.x = true;
        hosts.web.aliases = [ "www" ];
      };
    }
    {
      ports = { https = 443; gone = lib.mkIf false 1; ssh = lib.mkForce 2222; };
      groups = { wheel = [ "bob" ]; audio = [ ]; };
      deep = { a.y = false; b = { }; };
      hosts.web.aliases = [ "w3" ];
      hosts.db = { hostName = "database"; };
    }
    { groups.never = lib.mkIf false [ "x" ]; hosts.cache = lib.mkIf false { }; }
  ];
}).config
