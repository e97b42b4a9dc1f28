{ ... }:
{
  networking.hostName = "two";
}
