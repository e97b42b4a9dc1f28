{ lib, ... }:
{
  options.machine = lib.mkOption {
    type = lib.types.submodule ({ config, ... }: {
      options.disks = lib.mkOption { type = lib.types.int; default = 1; };
      options.label = lib.mkOption { type = lib.types.str; default = "${config.address}/${toString config.disks}"; };
    });
  };
  options.disks = lib.mkOption {
    type = lib.types.listOf (lib.types.submodule { options.fs = lib.mkOption { type = lib.types.str; default = "ext4"; }; });
  };
}
