{ lib, ... }:
{
  kind = lib.types.int;
}
