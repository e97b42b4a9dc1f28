{ lib, ... }:
let inherit (lib) mkOption types; in
{
  options.common = mkOption { type = types.deferredModule; default = { }; };
  options.machines = mkOption {
    type = types.attrsOf (types.submoduleWith {
      modules = [ { options.packages = mkOption { type = types.listOf types.str; default = [ ]; }; } ];
    });
    default = { };
  };
}
