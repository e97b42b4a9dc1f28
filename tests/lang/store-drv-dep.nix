let
  dep = derivation { name = "dep"; system = "x86_64-linux"; builder = "/bin/sh"; };
  d = derivation {
    name = "main";
    system = "x86_64-linux";
    builder = "/bin/sh";
    inherit dep;
    deps = [ dep dep ];
    depStr = "${dep}/bin/tool";
  };
in {
  inherit (dep) drvPath outPath;
  main = { inherit (d) drvPath outPath; };
  depAttr = d.drvAttrs.dep.outPath;
  ctx = builtins.getContext d.drvPath;
  outCtx = builtins.getContext d.outPath;
}
