{ lib, ... }:
{
  options.timeout = lib.mkOption { type = lib.types.int; default = 5; };
}
