{ lib, flavour, specialArgs, ... }:
{
  options.roles = lib.mkOption { type = lib.types.listOf lib.types.str; };
  config.roles = [ "server profile" "specialArgs has ${toString (builtins.attrNames specialArgs)}" ];
}
