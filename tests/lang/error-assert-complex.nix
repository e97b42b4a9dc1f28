let
  x = 1;
  f = y: assert x > 0 -> (y == 2 || !true) && x != 1; y;
in f 3
