{ lib, ... }:
{
  kind = lib.types.str;
}
