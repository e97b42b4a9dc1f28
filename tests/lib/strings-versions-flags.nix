let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
in
check [
  { name = "versionOlder"; expr = [ (lib.versionOlder "1.1" "1.2") (lib.versionOlder "1.1" "1.1") (lib.versionOlder "1.10" "1.9") ]; expected = [ true false false ]; }
  { name = "versionAtLeast"; expr = [ (lib.versionAtLeast "1.1" "1.0") (lib.versionAtLeast "1.1" "1.1") (lib.versionAtLeast "1.1" "1.2") ]; expected = [ true true false ]; }
  { name = "getName"; expr = [ (lib.getName "youtube-dl-2016.01.01") (lib.getName { pname = "hello"; version = "2.10"; }) (lib.getName { name = "curl-8.1"; }) ]; expected = [ "youtube-dl" "hello" "curl" ]; }
  { name = "getVersion"; expr = [ (lib.getVersion "youtube-dl-2016.01.01") (lib.getVersion { pname = "hello"; version = "2.10"; }) (lib.getVersion { name = "curl-8.1"; }) ]; expected = [ "2016.01.01" "2.10" "8.1" ]; }
  { name = "nameFromURL"; expr = [ (lib.nameFromURL "https://nixos.org/releases/nix/nix-1.7/nix-1.7-x86_64-linux.tar.bz2" "-") (lib.nameFromURL "https://nixos.org/releases/nix/nix-1.7/nix-1.7-x86_64-linux.tar.bz2" "_") ]; expected = [ "nix" "nix-1.7-x86" ]; }
  { name = "enableFeature"; expr = [ (lib.enableFeature true "shared") (lib.enableFeature false "shared") ]; expected = [ "--enable-shared" "--disable-shared" ]; }
  { name = "enableFeatureAs"; expr = [ (lib.enableFeatureAs true "shared" "foo") (lib.enableFeatureAs false "shared" (throw "ignored")) ]; expected = [ "--enable-shared=foo" "--disable-shared" ]; }
  { name = "withFeature"; expr = [ (lib.withFeature true "shared") (lib.withFeature false "shared") ]; expected = [ "--with-shared" "--without-shared" ]; }
  { name = "withFeatureAs"; expr = [ (lib.withFeatureAs true "shared" "foo") (lib.withFeatureAs false "shared" (throw "ignored")) ]; expected = [ "--with-shared=foo" "--without-shared" ]; }
  { name = "cmakeOptionType"; expr = lib.cmakeOptionType "string" "ENGINE" "sdl2"; expected = "-DENGINE:STRING=sdl2"; }
  { name = "cmakeOptionType-bad"; expr = (builtins.tryEval (lib.cmakeOptionType "number" "X" "1")).success; expected = false; }
  { name = "cmakeBool"; expr = [ (lib.cmakeBool "ENABLE_STATIC_LIBS" false) (lib.cmakeBool "X" true) ]; expected = [ "-DENABLE_STATIC_LIBS:BOOL=FALSE" "-DX:BOOL=TRUE" ]; }
  { name = "cmakeFeature"; expr = lib.cmakeFeature "MODULES" "badblock"; expected = "-DMODULES:STRING=badblock"; }
  { name = "mesonOption"; expr = lib.mesonOption "engine" "opengl"; expected = "-Dengine=opengl"; }
  { name = "mesonBool"; expr = [ (lib.mesonBool "hardened" true) (lib.mesonBool "static" false) ]; expected = [ "-Dhardened=true" "-Dstatic=false" ]; }
  { name = "mesonEnable"; expr = [ (lib.mesonEnable "docs" true) (lib.mesonEnable "docs" false) ]; expected = [ "-Ddocs=enabled" "-Ddocs=disabled" ]; }
]
