{ lib, ... }:
{
  packages = lib.mkMerge [ [ "b1" ] (lib.mkIf false [ "b-never" ]) [ "b2" ] ];
  editor = lib.mkDefault "emacs";
  ordered = [ "b" ];
}
