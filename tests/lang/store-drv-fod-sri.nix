let
  mk = extra: derivation ({ name = "fixed"; system = "x86_64-linux"; builder = "/bin/sh"; } // extra);
  sri = mk { outputHash = "sha256-WJG1tSLV3whtD/CxEPvZ0hu0/HFjrzTQgoai6Eb2vgM="; };
  sriAlgo = mk { outputHash = "sha256-WJG1tSLV3whtD/CxEPvZ0hu0/HFjrzTQgoai6Eb2vgM="; outputHashAlgo = "sha256"; };
  prefixed = mk { outputHash = "sha256:5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03"; };
  base16 = mk { outputHash = "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03"; outputHashAlgo = "sha256"; };
  sriRec = mk { outputHash = "sha256-HDfQGvQL4ugGkd48w99EN3ppmvuxfGjwgJZLL9Bx/BM="; outputHashMode = "recursive"; };
in {
  sri = { inherit (sri) drvPath outPath; };
  sriAlgo = { inherit (sriAlgo) drvPath outPath; };
  prefixed = { inherit (prefixed) drvPath outPath; };
  base16 = { inherit (base16) drvPath outPath; };
  sriRec = { inherit (sriRec) drvPath outPath; };
  sameOut = sri.outPath == base16.outPath && prefixed.outPath == base16.outPath;
  sriRecIsSource = sriRec.outPath == (builtins.path { path = ./store-data/hello.txt; name = "fixed"; });
}
