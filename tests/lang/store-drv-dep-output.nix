# depending on a non-default output
let
  lib = derivation { name = "lib"; system = "x86_64-linux"; builder = "/bin/sh"; outputs = [ "out" "dev" ]; };
  d = derivation { name = "user"; system = "x86_64-linux"; builder = "/bin/sh"; inc = "${lib.dev}/include"; };
in { inherit (d) drvPath outPath; ctx = builtins.getContext d.drvPath; }
