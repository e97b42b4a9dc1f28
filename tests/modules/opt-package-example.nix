# mkPackageOption's example (a string is Nix code as is, a list is a path in pkgs) and extraDescription.
{ lib }:
let
  pkgs = import ./opt-package/pkgs.nix;
  str = lib.mkPackageOption pkgs "GHC" {
    default = [ "ghc" ];
    example = "pkgs.haskell.packages.ghc92.ghc.withPackages (hkgs: [ hkgs.primes ])";
  };
  list = lib.mkPackageOption pkgs "hello" { example = [ "python3Packages" "numpy" ]; };
  extra = lib.mkPackageOption pkgs [ "python3Packages" "numpy" ] {
    extraDescription = "This is an example and doesn't actually do anything.";
  };
in
{
  str = { inherit (str) example description defaultText; };
  list = { inherit (list) example; };
  extra = { inherit (extra) description; };
}
