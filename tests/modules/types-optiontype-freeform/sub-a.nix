{ lib, ... }:
{
  freeformType = lib.types.attrsOf (lib.types.submodule {
    options.size = lib.mkOption { type = lib.types.int; default = 1; };
  });
}
