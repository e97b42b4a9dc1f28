# the first listed output is the default one
let d = derivation {
  name = "order";
  system = "x86_64-linux";
  builder = "/bin/sh";
  outputs = [ "dev" "out" ];
};
in { inherit (d) drvPath outPath outputName; out = d.out.outPath; dev = d.dev.outPath; }
