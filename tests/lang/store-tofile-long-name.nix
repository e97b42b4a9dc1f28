let
  rep = n: s: if n == 0 then "" else s + rep (n - 1) s;
  name211 = rep 21 "abcdefghij" + "k";
in [ (builtins.stringLength name211) (builtins.toFile name211 "x") ]
