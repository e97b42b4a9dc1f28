{ lib, ... }:
let inherit (lib) mkOption types; in
{
  options.pkgs = mkOption { type = types.unique { message = "Only one package set can be given."; } types.attrs; };
}
