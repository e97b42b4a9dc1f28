# mkPackageOption with a list name and a list default, and pkgsText for a nested set.
{ lib }:
let
  pkgs = import ./opt-package/pkgs.nix;
  o = lib.mkPackageOption pkgs [ "python3Packages" "pytorch" ] { };
  o2 = lib.mkPackageOption pkgs "torch" { default = [ "python3Packages" "numpy" ]; };
  o3 = lib.mkPackageOption pkgs.javaPackages "OpenJFX" { default = "openjfx20"; pkgsText = "pkgs.javaPackages"; };
in
{
  listName = { inherit (o) defaultText description; default = o.default.name; };
  listDefault = { inherit (o2) defaultText description; default = o2.default.name; };
  pkgsText = { inherit (o3) defaultText description; default = o3.default.name; };
}
