let
  a = builtins.toFile "a" "A";
  b = builtins.toFile "b" "refers to ${a}";
  c = builtins.toFile "c" "refers to ${b} and ${a}";
  # same content as b, but without the reference
  bNoRef = builtins.toFile "b" (builtins.unsafeDiscardStringContext "refers to ${a}");
in {
  inherit a b c bNoRef;
  ctxB = builtins.getContext b;
  ctxC = builtins.getContext c;
}
