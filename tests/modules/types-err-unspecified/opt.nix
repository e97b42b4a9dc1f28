{ lib, ... }:
let inherit (lib) mkOption types; in
{
  options.level = mkOption { };
}
