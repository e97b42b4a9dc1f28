# Declares machines with a cpu sub-option.
{ lib, ... }:
{
  options.machines = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule { options.cpu = lib.mkOption { type = lib.types.int; default = 1; }; });
    default = { };
  };
}
