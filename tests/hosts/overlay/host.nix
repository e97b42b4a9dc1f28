# An overlay moves Nomad to /opt/nomad and adds a package of our own.
{ pkgs, ... }:
{
  nixpkgs.overlays = [
    (final: prev: { nomad = prev.nomad // { outPath = "/opt/nomad"; version = "1.8.0"; }; })
    (final: prev: { tailscale = prev.getent // { pname = "tailscale"; outPath = "/usr"; programs = [ "tailscale" "tailscaled" ]; }; })
  ];
  services.nomad = { enable = true; dropPrivileges = false; enableDocker = false; };
  environment.systemPackages = [ pkgs.tailscale ];
  environment.etc."nomad-version".text = "${pkgs.nomad.name} ${pkgs.nomad.version}\n";
}
