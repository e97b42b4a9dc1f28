# A small fake package set for the mkPackageOption cases.
let
  drv = name: { type = "derivation"; inherit name; outPath = "/nix/store/00000000000000000000000000000000-${name}"; };
in
{
  hello = drv "hello";
  ghc = drv "ghc";
  dbus = drv "dbus";
  python3Packages = { pytorch = drv "pytorch"; numpy = drv "numpy"; };
  javaPackages = { openjfx20 = drv "openjfx20"; };
}
