# An option's default reads another option that has no value.
{ lib }:
(lib.evalModules {
  modules = [
    ./err-common/web.nix
    ({ config, ... }: {
      _file = ./err-used-not-defined-default.nix;
      options.services.web.group = lib.mkOption { type = lib.types.str; };
      options.services.web.home = lib.mkOption { type = lib.types.str; default = "/home/${config.services.web.group}"; };
    })
  ];
}).config.services.web.home
