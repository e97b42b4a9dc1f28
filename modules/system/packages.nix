# Packages the host needs installed, recorded for whoever deploys it.
{ lib, ... }:
{
  options.environment.systemPackages = lib.mkOption {
    type = lib.types.listOf lib.types.package;
    default = [ ];
    description = "Packages that must be installed on the host (recorded; nomix installs nothing).";
  };
}
