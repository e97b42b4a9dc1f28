{ x = { outPath = "/foo"; other = 1; }; y = { type = "derivation"; outPath = "/bar"; }; }
