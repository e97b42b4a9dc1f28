{ lib, ... }:
{
  workers = lib.mkForce "sixteen";
}
