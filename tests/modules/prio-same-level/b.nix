{ lib, ... }:
{
  forced = lib.mkMerge [ [ 99 ] (lib.mkForce [ 3 ]) ];
  plain = [ 2 ];
  defaults = lib.mkDefault [ 2 ];
  name = "same";
  attrs = lib.mkMerge [ (lib.mkForce { b = 2; }) { c = 3; } ];
}
