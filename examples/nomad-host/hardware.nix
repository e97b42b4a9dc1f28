# This machine's hardware, as a generated hardware-configuration.nix
# records it. nomix checks and keeps these settings; it does not install
# a boot loader or mount anything.
{ lib, ... }:
{
  boot.initrd.availableKernelModules = [ "xhci_pci" "usbhid" "usb_storage" ];
  fileSystems."/" = {
    device = "/dev/disk/by-label/NIXOS_SD";
    fsType = "ext4";
  };
  swapDevices = [ ];
  powerManagement.cpuFreqGovernor = lib.mkDefault "ondemand";
  nixpkgs.hostPlatform = "aarch64-linux";
}
