{ lib, ... }:
{
  app = {
    options.extra = lib.mkOption { default = 1; };
    port = 2;
  };
}
