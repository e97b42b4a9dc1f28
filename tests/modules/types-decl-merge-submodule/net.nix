{ lib, ... }:
{
  options.machine = lib.mkOption {
    default = { };
    type = lib.types.submodule { options.address = lib.mkOption { type = lib.types.str; default = "0.0.0.0"; }; };
  };
  options.disks = lib.mkOption {
    default = [ ];
    type = lib.types.listOf (lib.types.submodule { options.device = lib.mkOption { type = lib.types.str; }; });
  };
}
