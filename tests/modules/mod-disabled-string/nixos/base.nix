{ lib, ... }:
{
  imports = [ ./services/old.nix ./services/new.nix ./services/extra.nix ];
  options.enabled = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
}
