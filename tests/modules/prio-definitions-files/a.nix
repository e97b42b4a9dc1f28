{ lib, ... }:
{
  packages = [ "a" ];
  shell = lib.mkDefault "zsh";
  ordered = lib.mkAfter [ "a" ];
}
