{ ... }:
{
  environment.etc."motd".source = ./motd;
}
