{ lib, ... }:
{
  options.app = lib.mkOption {
    default = { };
    type = lib.types.submodule { options.port = lib.mkOption { type = lib.types.port; default = 1; }; };
  };
}
