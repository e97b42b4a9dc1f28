{ lib, ... }:
{
  options.kind = lib.mkOption { type = lib.types.optionType; };
}
