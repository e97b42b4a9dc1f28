{ lib, ... }:
let inherit (lib) mkOption types; in
{
  options.servers = mkOption { type = types.nonEmptyListOf types.str; };
}
