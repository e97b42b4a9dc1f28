# the system need not be the current one for evaluation
let d = derivation { name = "x"; system = "aarch64-darwin"; builder = "/bin/sh"; };
in [ d.drvPath d.outPath ]
