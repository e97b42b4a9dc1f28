# mkIf around a whole `config` is pushed down to each option, so its condition may read config without infinite recursion.
{ lib }:
let
  inherit (lib) mkOption mkIf types;
in
(lib.evalModules {
  modules = [
    {
      options.enable = mkOption { type = types.bool; default = false; };
      options.ports = mkOption { type = types.listOf types.port; default = [ ]; };
      options.service.name = mkOption { type = types.str; default = "none"; };
      options.service.user = mkOption { type = types.str; default = "nobody"; };
    }
    ({ config, ... }: {
      config = mkIf config.enable {
        ports = [ 80 ];
        service = { name = "web"; user = "www"; };
      };
    })
    ({ config, ... }: {
      config = mkIf (!config.enable) {
        service.user = "root";
      };
    })
    ({ config, ... }: {
      config = mkIf (config.service.name == "web") { ports = [ 443 ]; };
    })
    { enable = true; }
  ];
}).config
