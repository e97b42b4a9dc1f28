# freeformType inside a submodule (as a module attribute and as _module.freeformType), with declared options beside it.
{ lib }:
let
  inherit (lib) mkOption types;
  settings = {
    freeformType = types.attrsOf types.str;
    options.port = mkOption { type = types.str; default = "8080"; };
  };
  nested = {
    config._module.freeformType = types.lazyAttrsOf types.int;
    options.declared = mkOption { type = types.int; default = 0; };
  };
in
(lib.evalModules {
  modules = [
    {
      options.services = mkOption { type = types.attrsOf (types.submodule settings); };
      options.counters = mkOption { type = types.submodule nested; default = { }; };
    }
    {
      services.web = { host = "localhost"; };
      services.db = { port = "5432"; user = "postgres"; };
      counters = { a = 1; b = lib.mkDefault 2; };
    }
    { counters = { b = 3; declared = 7; }; }
  ];
}).config
