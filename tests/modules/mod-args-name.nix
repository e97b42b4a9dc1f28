# `name' is given to submodules: the attribute name in attrsOf, usable in defaults and in other arguments.
{ lib }:
let
  inherit (lib) mkOption types;
  vhost = { name, config, ... }: {
    options.serverName = mkOption { type = types.str; default = name; };
    options.root = mkOption { type = types.str; default = "/srv/${config.serverName}"; };
    options.label = mkOption { type = types.str; };
    config.label = "vhost ${name}";
  };
in
(lib.evalModules {
  modules = [
    { options.vhosts = mkOption { type = types.attrsOf (types.submodule vhost); default = { }; }; }
    {
      vhosts."example.org" = { };
      vhosts.api = { serverName = "api.example.org"; };
      vhosts.custom = { name, ... }: { label = lib.mkForce "custom ${name}"; };
    }
  ];
}).config
