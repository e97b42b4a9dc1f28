{ lib, ... }:
{
  options.backend = lib.mkOption { type = lib.types.enum [ "a" ]; };
  options.levels = lib.mkOption { type = lib.types.attrsOf (lib.types.enum [ 2 3 ]); };
}
