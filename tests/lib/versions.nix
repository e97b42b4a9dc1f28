let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
  v = lib.versions;
in
check [
  { name = "splitVersion"; expr = [ (v.splitVersion "1.2.3") (lib.splitVersion "1.2-rc1") ]; expected = [ [ "1" "2" "3" ] [ "1" "2" "rc" "1" ] ]; }
  { name = "major"; expr = [ (v.major "1.2.3") (v.major "10") ]; expected = [ "1" "10" ]; }
  { name = "minor"; expr = [ (v.minor "1.2.3") (v.minor "4.15-rc1") ]; expected = [ "2" "15" ]; }
  { name = "patch"; expr = [ (v.patch "1.2.3") (v.patch "6.1.7.2") ]; expected = [ "3" "7" ]; }
  { name = "majorMinor"; expr = [ (v.majorMinor "1.2.3") (v.majorMinor "1.2") ]; expected = [ "1.2" "1.2" ]; }
  { name = "pad"; expr = v.pad 3 "1.2"; expected = "1.2.0"; }
  { name = "pad-suffix"; expr = v.pad 3 "1.3-rc1"; expected = "1.3.0-rc1"; }
  { name = "pad-cut"; expr = v.pad 3 "1.2.3.4"; expected = "1.2.3"; }
  { name = "pad-exact"; expr = [ (v.pad 2 "5.6") (v.pad 4 "2") ]; expected = [ "5.6" "2.0.0.0" ]; }
]
