{ lib, ... }:
{
  options.retries = lib.mkOption { type = lib.types.int; default = 3; };
  config.retries = lib.mkForce (lib.mkIf false 5);
}
