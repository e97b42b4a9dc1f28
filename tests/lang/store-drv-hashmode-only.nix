# outputHashMode without outputHash: an ordinary derivation
let d = derivation { name = "m"; system = "x86_64-linux"; builder = "/bin/sh"; outputHashMode = "recursive"; };
in [ d.drvPath d.outPath ]
