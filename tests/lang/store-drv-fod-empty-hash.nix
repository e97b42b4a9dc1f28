# an empty hash is replaced by a fake one (with a warning on stderr)
let d = derivation { name = "x"; system = "x86_64-linux"; builder = "/bin/sh"; outputHashAlgo = "sha256"; outputHash = ""; };
in { inherit (d) drvPath outPath; }
