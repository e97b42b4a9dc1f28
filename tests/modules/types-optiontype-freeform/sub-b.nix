{ lib, ... }:
{
  freeformType = lib.types.attrsOf (lib.types.submodule {
    options.color = lib.mkOption { type = lib.types.str; default = "red"; };
  });
  box = { size = 4; };
  ball.color = "blue";
}
