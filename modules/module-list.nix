# The modules every host is evaluated with, before its own.
[
  ./misc/assertions.nix
  ./misc/deployment.nix
  ./misc/nixpkgs.nix
  ./system/build.nix
  ./system/etc.nix
  ./system/hardware.nix
  ./system/kernel.nix
  ./system/networking.nix
  ./system/packages.nix
  ./system/systemd.nix
  ./system/users.nix
  ./virtualisation/docker.nix
  ./services/nomad.nix
]
