let
  mk = extra: derivation ({ name = "s"; system = "x86_64-linux"; builder = "/bin/sh"; __structuredAttrs = true; } // extra);
  a = mk { x = 1; };
  b = mk { x = "1"; };
  c = mk { x = true; };
  dep = derivation { name = "dep"; system = "x86_64-linux"; builder = "/bin/sh"; };
  d = mk { inherit dep; deps = [ dep ]; set = { inner = dep; }; };
  e = mk { outputs = [ "out" "bin" ]; };
in {
  a = [ a.drvPath a.outPath ];
  b = [ b.drvPath b.outPath ];
  c = c.drvPath;
  # in structured mode values keep their JSON types
  intVsString = a.drvPath == b.drvPath;
  d = [ d.drvPath d.outPath ];
  dCtx = builtins.getContext d.drvPath;
  e = [ e.drvPath e.outPath e.bin.outPath ];
}
