# outputs given as a string: derivationStrict splits it on spaces
derivationStrict { name = "x"; system = "x86_64-linux"; builder = "/bin/sh"; outputs = "out  bin"; }
