# Declares machines again, adding a disk sub-option.
{ lib, ... }:
{
  options.machines = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule { options.disk = lib.mkOption { type = lib.types.int; }; });
  };
}
