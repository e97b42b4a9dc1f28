let d = derivation { name = "x"; system = "x86_64-linux"; builder = "/bin/sh"; }; in
{
  inherit (d) drvPath outPath name type outputName system builder;
  attrNames = builtins.attrNames d;
  drvAttrNames = builtins.attrNames d.drvAttrs;
  str = "${d}";
  toStr = toString d;
  outIsSelf = d.out.outPath == d.outPath;
  allLen = builtins.length d.all;
}
