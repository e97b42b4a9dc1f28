let d = derivation { name = "a+b=c?_-.1"; system = "x86_64-linux"; builder = "/bin/sh"; outputs = [ "out" "x-y" ]; };
in [ d.drvPath d.outPath d.x-y.outPath ]
