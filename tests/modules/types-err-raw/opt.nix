{ lib, ... }:
let inherit (lib) mkOption types; in
{
  options.backend = mkOption { type = types.raw; };
}
