{ lib, ... }:
{
  forced = lib.mkForce [ 1 2 ];
  plain = [ 1 ];
  defaults = lib.mkDefault [ 1 ];
  name = "same";
  attrs = lib.mkForce { a = 1; };
}
