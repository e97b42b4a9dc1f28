let
  mk = name: extra: derivation ({ inherit name; system = "x86_64-linux"; builder = "/bin/sh"; } // extra);
  a = mk "a" { };
  b = mk "b" { inherit a; };
  c = mk "c" { inherit b; also = "${a}"; };
in {
  a = [ a.drvPath a.outPath ];
  b = [ b.drvPath b.outPath ];
  c = [ c.drvPath c.outPath ];
  cCtx = builtins.getContext "${c}";
}
