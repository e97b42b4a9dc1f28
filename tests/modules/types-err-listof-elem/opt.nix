{ lib, ... }:
let inherit (lib) mkOption types; in
{
  options.users = mkOption { type = types.listOf (types.submodule { options.uid = mkOption { type = types.ints.unsigned; }; }); default = [ ]; };
}
