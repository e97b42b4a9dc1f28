{ pkgs, ... }:
{
  shell = pkgs.bash;
}
