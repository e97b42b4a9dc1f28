{ lib, ... }:
{
  options.timeout = lib.mkOption { type = lib.types.str; };
}
