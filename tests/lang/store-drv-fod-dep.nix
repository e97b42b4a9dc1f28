# a derivation depending on a fixed-output derivation
let
  f = derivation {
    name = "fixed";
    system = "x86_64-linux";
    builder = "/bin/sh";
    outputHashAlgo = "sha256";
    outputHash = "00xyyr3fi8l6hb839bv3f7yb86yjv7xi1cgh1xnhipym4asvb4aq";
  };
  f2 = derivation {
    name = "fixed";
    system = "x86_64-linux";
    builder = "/bin/bash";
    outputHashAlgo = "sha256";
    outputHash = "00xyyr3fi8l6hb839bv3f7yb86yjv7xi1cgh1xnhipym4asvb4aq";
  };
  user = fod: derivation { name = "user"; system = "x86_64-linux"; builder = "/bin/sh"; src = fod; };
in {
  u1 = { inherit (user f) drvPath outPath; };
  u2 = { inherit (user f2) drvPath outPath; };
  # the output path of a user only depends on the fixed output, not on how it is built
  sameOut = (user f).outPath == (user f2).outPath;
}
