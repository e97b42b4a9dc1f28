let
  v = if 1 then 2;
in v
