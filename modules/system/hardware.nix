# What a generated hardware-configuration.nix sets: accepted, checked for
# type and recorded in the config, but not turned into files (nomix does
# not install a bootloader or mount file systems).
{ lib, ... }:

let
  inherit (lib) mkOption types;
in
{
  options = {
    fileSystems = mkOption {
      type = types.attrsOf (types.submodule ({ name, ... }: {
        options = {
          mountPoint = mkOption { type = types.str; default = name; description = "Where the file system is mounted."; };
          device = mkOption { type = types.nullOr types.str; default = null; description = "The device (e.g. /dev/disk/by-uuid/…)."; };
          label = mkOption { type = types.nullOr types.str; default = null; description = "The file system's label."; };
          fsType = mkOption { type = types.str; default = "auto"; description = "Type of the file system."; };
          options = mkOption { type = types.listOf types.str; default = [ "defaults" ]; description = "Mount options."; };
          neededForBoot = mkOption { type = types.bool; default = false; description = "Whether the initrd mounts it."; };
        };
      }));
      default = { };
      description = "File systems of the host, by mount point (recorded).";
    };
    swapDevices = mkOption {
      type = types.listOf (types.submodule {
        options = {
          device = mkOption { type = types.str; description = "The swap device or file."; };
          size = mkOption { type = types.nullOr types.int; default = null; description = "Size of a swap file in MiB."; };
          priority = mkOption { type = types.nullOr types.int; default = null; description = "Swap priority."; };
        };
      });
      default = [ ];
      description = "Swap devices (recorded).";
    };
    powerManagement.cpuFreqGovernor = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = "ondemand";
      description = "CPU frequency governor (recorded).";
    };
    hardware.cpu.intel.updateMicrocode = mkOption { type = types.bool; default = false; description = "Recorded."; };
    hardware.cpu.amd.updateMicrocode = mkOption { type = types.bool; default = false; description = "Recorded."; };
    hardware.enableRedistributableFirmware = mkOption { type = types.bool; default = false; description = "Recorded."; };
  };
}
