let
  d = derivation { name = "d"; system = "x86_64-linux"; builder = "/bin/sh"; outputs = [ "out" "dev" ]; };
  dp = builtins.unsafeDiscardStringContext d.drvPath;
  f = builtins.unsafeDiscardStringContext "${./store-data/hello.txt}";
  s = builtins.appendContext "hello" {
    ${dp} = { outputs = [ "dev" ]; allOutputs = true; };
    ${f} = { path = true; };
  };
in {
  inherit s;
  ctx = builtins.getContext s;
  emptyCtx = builtins.getContext (builtins.appendContext "x" { });
  outputsOnly = builtins.getContext (builtins.appendContext "x" { ${dp} = { outputs = [ "out" "dev" ]; }; });
  falseFlags = builtins.getContext (builtins.appendContext "x" { ${f} = { path = false; allOutputs = false; outputs = [ ]; }; });
  merged = builtins.getContext (builtins.appendContext "${d}" { ${dp} = { outputs = [ "dev" ]; }; });
  roundTrip = builtins.getContext (builtins.appendContext "y" (builtins.getContext "${d.dev} ${d.drvPath}"));
  used = (derivation { name = "u"; system = "x86_64-linux"; builder = "/bin/sh"; x = builtins.appendContext "" { ${dp} = { outputs = [ "dev" ]; }; }; }).drvPath;
  direct = (derivation { name = "u"; system = "x86_64-linux"; builder = "/bin/sh"; x = builtins.substring 0 0 "${d.dev}"; }).drvPath;
}
