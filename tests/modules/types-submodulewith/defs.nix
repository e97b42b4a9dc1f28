{ lib, ... }:
{
  full.x = {
    options.extra = lib.mkOption { type = lib.types.str; default = "declared in a definition"; };
    config.base = 2;
  };
  full.y = { base = 3; };
  short.imports = [ "only config" ];
}
