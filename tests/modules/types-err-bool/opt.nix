{ lib, ... }:
let inherit (lib) mkOption types; in
{
  options.enable = mkOption { type = types.bool; };
}
