{ lib, ... }:
{
  options.settings = lib.mkOption { type = lib.types.anything; default = { }; };
}
