let d = derivation { name = "d"; system = "x86_64-linux"; builder = "/bin/sh"; }; in
{
  abs = builtins.toPath "/foo/bar";
  absType = builtins.typeOf (builtins.toPath "/foo/bar");
  normalized = builtins.toPath "/foo//bar/../baz/./";
  path = builtins.toPath ./store-data/hello.txt;
  drv = builtins.toPath d;
  drvCtx = builtins.getContext (builtins.toPath d);
  str = builtins.toPath "${./store-data/hello.txt}";
  strCtx = builtins.getContext (builtins.toPath "${./store-data/hello.txt}");
}
