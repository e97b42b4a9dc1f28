# Packages in the Nix-store layout: every program path is the /nix/store
# path Nix computes for the package.
{ pkgs, ... }:
{
  nixpkgs.layout = "nix-store";
  services.nomad = { enable = true; dropPrivileges = false; enableDocker = false; extraPackages = [ pkgs.cni-plugins ]; };
  services.nomad.settings.client = { enabled = true; cni_path = "${pkgs.cni-plugins}/bin"; };
}
