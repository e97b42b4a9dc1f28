let d = derivation {
  name = "multi";
  system = "x86_64-linux";
  builder = "/bin/sh";
  outputs = [ "out" "dev" "lib" ];
};
in {
  inherit (d) drvPath outPath outputName outputs;
  devPath = d.dev.outPath;
  devName = d.dev.outputName;
  libPath = d.lib.outPath;
  devStr = "${d.dev}";
  allNames = map (o: o.outputName) d.all;
  devDrvPath = d.dev.drvPath == d.drvPath;
  devOut = d.dev.out.outPath == d.outPath;
  ctxDev = builtins.getContext "${d.dev}";
  ctxBoth = builtins.getContext "${d.dev} ${d} ${d.lib}";
}
