let
  lib = import ./error-data/lib.nix;
in lib.bad
