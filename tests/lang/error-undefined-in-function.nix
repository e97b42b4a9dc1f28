let
  f = a: a + b;
in f 1
