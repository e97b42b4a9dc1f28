# Kernel settings: sysctl values (sysctl.d(5)) and modules to load at boot
# (modules-load.d(5)); the initrd's modules are recorded only.
{ config, lib, ... }:

let
  inherit (lib) mkOption types;
  sysctlValue = types.nullOr (types.oneOf [ types.bool types.str types.int ]);
  show = v: if v == true then "1" else if v == false then "0" else toString v;
in
{
  options.boot = {
    kernel.sysctl = mkOption {
      type = types.attrsOf sysctlValue;
      default = { };
      example = { "net.ipv4.ip_forward" = 1; };
      description = "Kernel parameters set at boot (null leaves one unset); booleans become 1 and 0.";
    };
    kernelModules = mkOption {
      type = types.listOf types.str;
      default = [ ];
      description = "Kernel modules loaded at boot.";
    };
    initrd.availableKernelModules = mkOption {
      type = types.listOf types.str;
      default = [ ];
      description = "Kernel modules the initrd may need (recorded; nomix builds no initrd).";
    };
    initrd.kernelModules = mkOption {
      type = types.listOf types.str;
      default = [ ];
      description = "Kernel modules the initrd loads (recorded; nomix builds no initrd).";
    };
    extraModulePackages = mkOption {
      type = types.listOf types.package;
      default = [ ];
      description = "Packages with extra kernel modules (recorded).";
    };
  };

  config.environment.etc = lib.mkMerge [
    (lib.mkIf (lib.filterAttrs (_: v: v != null) config.boot.kernel.sysctl != { }) {
      "sysctl.d/60-nomix.conf".text = lib.concatStrings (lib.mapAttrsToList (k: v: "${k} = ${show v}\n")
        (lib.filterAttrs (_: v: v != null) config.boot.kernel.sysctl));
    })
    (lib.mkIf (config.boot.kernelModules != [ ]) {
      "modules-load.d/nomix.conf".text = lib.concatMapStrings (m: m + "\n") (lib.unique config.boot.kernelModules);
    })
  ];
}
