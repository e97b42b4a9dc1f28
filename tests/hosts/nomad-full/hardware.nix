{ lib, modulesPath, ... }:
{
  boot.initrd.availableKernelModules = [ "ahci" "nvme" ];
  boot.kernelModules = [ "kvm-amd" ];
  fileSystems."/" = { device = "/dev/disk/by-label/root"; fsType = "ext4"; };
  fileSystems."/srv" = { device = "/dev/disk/by-label/data"; fsType = "xfs"; options = [ "noatime" ]; };
  swapDevices = [ { device = "/swapfile"; size = 2048; } ];
  networking.useDHCP = lib.mkDefault true;
  powerManagement.cpuFreqGovernor = lib.mkDefault "performance";
  nixpkgs.hostPlatform = lib.mkDefault "x86_64-linux";
}
