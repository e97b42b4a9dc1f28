let
  n = 0;
in 10 / n
