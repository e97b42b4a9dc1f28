let
  mk = extra: derivation ({ name = "n"; system = "x86_64-linux"; builder = "/bin/sh"; } // extra);
  a = mk { __ignoreNulls = true; foo = null; bar = "x"; };
  b = mk { __ignoreNulls = true; bar = "x"; };
  c = mk { foo = null; bar = "x"; };
  d = mk { __ignoreNulls = false; foo = null; bar = "x"; };
in {
  a = a.drvPath;
  b = b.drvPath;
  c = c.drvPath;
  d = d.drvPath;
  # with __ignoreNulls, null attributes are left out entirely; __ignoreNulls itself is not in the environment
  ab = a.drvPath == b.drvPath;
  ac = a.drvPath == c.drvPath;
  cd = c.drvPath == d.drvPath;
  attrs = a.drvAttrs;
}
