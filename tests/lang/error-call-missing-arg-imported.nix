let
  mk = import ./error-data/fn.nix;
in mk { name = "x"; }
