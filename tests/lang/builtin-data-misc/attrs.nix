{
  a = 1;
  "quoted b" = 2;
  nested.inner = 3;
  inherit (builtins) true;
  c =
    4;
}
