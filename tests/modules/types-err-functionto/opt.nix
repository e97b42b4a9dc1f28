{ lib, ... }:
let inherit (lib) mkOption types; in
{
  options.gen = mkOption { type = types.functionTo types.int; };
}
