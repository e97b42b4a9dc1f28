# printing a derivation whose attribute is another derivation
let dep = derivation { name = "dep"; system = "x86_64-linux"; builder = "/bin/sh"; }; in
derivation { name = "top"; system = "x86_64-linux"; builder = "/bin/sh"; inherit dep; }
