{ lib, ... }:
{
  options.backend = lib.mkOption { type = lib.types.enum [ ]; description = "Which backend."; };
  options.levels = lib.mkOption { type = lib.types.attrsOf (lib.types.enum [ 1 2 ]); default = { }; };
}
