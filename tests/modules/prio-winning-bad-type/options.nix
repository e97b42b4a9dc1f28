{ lib, ... }:
{
  options.workers = lib.mkOption { type = lib.types.int; default = 4; };
  config.workers = 8;
}
