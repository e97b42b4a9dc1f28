let
  unused = y;
in 1
