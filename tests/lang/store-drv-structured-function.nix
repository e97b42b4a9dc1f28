derivation { name = "s"; system = "x86_64-linux"; builder = "/bin/sh"; __structuredAttrs = true; f = x: x; }
