let
  f = 1;
in f 2
