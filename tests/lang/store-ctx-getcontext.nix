let
  d = derivation { name = "d"; system = "x86_64-linux"; builder = "/bin/sh"; outputs = [ "out" "dev" ]; };
  f = builtins.toFile "f" "x";
in {
  plain = builtins.getContext "abc";
  out = builtins.getContext "${d}";
  outPath = builtins.getContext d.outPath;
  dev = builtins.getContext "${d.dev}";
  drvPath = builtins.getContext d.drvPath;
  drvPathInterp = builtins.getContext "x${d.drvPath}y";
  all = builtins.getContext "${d.drvPath}${d}${d.dev}";
  toFile = builtins.getContext f;
  source = builtins.getContext "${./store-data/hello.txt}";
  mixed = builtins.getContext "${f} ${./store-data/hello.txt} ${d.dev}";
  names = builtins.attrNames (builtins.getContext "${f} ${./store-data/hello.txt} ${d.dev}");
}
