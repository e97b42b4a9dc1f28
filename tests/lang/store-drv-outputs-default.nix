let
  mk = extra: derivation ({ name = "o"; system = "x86_64-linux"; builder = "/bin/sh"; } // extra);
  a = mk { };
  b = mk { outputs = [ "out" ]; };
in {
  a = [ a.drvPath a.outPath ];
  b = [ b.drvPath b.outPath ];
  # an explicit outputs list is put in the environment, so both paths differ
  sameDrv = a.drvPath == b.drvPath;
  sameOut = a.outPath == b.outPath;
}
