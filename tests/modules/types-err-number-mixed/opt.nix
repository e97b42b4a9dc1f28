{ lib, ... }:
let inherit (lib) mkOption types; in
{
  options.ratio = mkOption { type = types.number; };
}
