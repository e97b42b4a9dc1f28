let d = derivation { name = "x"; system = "x86_64-linux"; builder = "/bin/sh"; outputs = [ "bin" "lib" ]; };
in { inherit (d) drvPath outPath outputName; hasOut = d ? out; bin = d.bin.outPath; }
