# Reading an option that has neither a default nor a definition, through config.
{ lib }:
(lib.evalModules {
  modules = [
    ./err-common/web.nix
    { _file = ./err-used-not-defined.nix; options.services.web.group = lib.mkOption { type = lib.types.str; }; }
  ];
}).config.services.web.group
