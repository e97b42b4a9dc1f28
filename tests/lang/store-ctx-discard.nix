let
  d = derivation { name = "d"; system = "x86_64-linux"; builder = "/bin/sh"; };
  s = "${d} and ${./store-data/hello.txt}";
  t = builtins.unsafeDiscardStringContext s;
in {
  inherit s t;
  same = s == t;
  ctxS = builtins.getContext s;
  ctxT = builtins.getContext t;
  plain = builtins.unsafeDiscardStringContext "abc";
}
