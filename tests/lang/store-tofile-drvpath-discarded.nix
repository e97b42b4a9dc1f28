# a plain reference to the .drv file is allowed
let
  d = derivation { name = "d"; system = "x86_64-linux"; builder = "/bin/sh"; };
  f = builtins.toFile "x" "drv: ${builtins.unsafeDiscardOutputDependency d.drvPath}";
in { inherit f; ctx = builtins.getContext f; }
