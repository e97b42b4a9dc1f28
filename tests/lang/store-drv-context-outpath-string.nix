# a plain string that looks like a store path creates no dependency
let
  dep = derivation { name = "dep"; system = "x86_64-linux"; builder = "/bin/sh"; };
  a = derivation { name = "u"; system = "x86_64-linux"; builder = "/bin/sh"; d = "${dep}"; };
  b = derivation { name = "u"; system = "x86_64-linux"; builder = "/bin/sh"; d = builtins.unsafeDiscardStringContext "${dep}"; };
in { a = a.drvPath; b = b.drvPath; same = a.drvPath == b.drvPath; aCtx = builtins.getContext a.outPath; }
