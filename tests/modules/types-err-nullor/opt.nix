{ lib, ... }:
let inherit (lib) mkOption types; in
{
  options.limit = mkOption { type = types.nullOr types.int; };
}
