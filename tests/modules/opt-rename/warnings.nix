# The warnings and assertions options, declared as NixOS's misc/assertions.nix does.
{ lib, ... }:
{
  options.warnings = lib.mkOption {
    internal = true;
    default = [ ];
    type = lib.types.listOf lib.types.str;
    description = "Warnings to show.";
  };
  options.assertions = lib.mkOption {
    internal = true;
    default = [ ];
    type = lib.types.listOf lib.types.unspecified;
    description = "Assertions to check.";
  };
}
