derivation { name = "ca"; system = "x86_64-linux"; builder = "/bin/sh"; __contentAddressed = true; }
