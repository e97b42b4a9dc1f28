# depending on a derivation's drvPath (all outputs) needs the closure of the .drv,
# which does not exist in a read-only store
let d = derivation { name = "d"; system = "x86_64-linux"; builder = "/bin/sh"; }; in
(derivation { name = "u"; system = "x86_64-linux"; builder = "/bin/sh"; drv = d.drvPath; }).drvPath
